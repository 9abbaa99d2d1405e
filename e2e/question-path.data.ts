/** What the people of e2e/question-path.test.ts type, and the Q&As around theirs (set up directly). */
import { eq } from 'drizzle-orm';
import type { Db } from '../src/db/database.ts';
import { faqs, questions } from '../src/db/schema.ts';
import { buildDoctor, buildQuestion, departmentId } from '../test/factories.ts';
import type { AskInput } from './actions.ts';

export const ask: AskInput = {
  department: 'Neurology',
  title: 'Eyelid keeps twitching',
  body: 'For about two weeks my left eyelid twitches several times a day, mostly in the afternoon. I drink three coffees a day.',
  pseudonym: 'Lin',
  ageRange: '30~39',
  gender: 'Female',
  askingFor: 'Myself',
  email: 'asker@example.test',
  consent: true,
};
export const readableTitle = 'Eyelid twitching for two weeks: what helps?';
export const reply =
  'Hello Ms. Lin, eyelid twitching is very often linked to tiredness, stress and caffeine.\n\nPlease cut down on coffee, and see a neurologist in person if it spreads or lasts beyond a month.';
export const doctorName = 'Wang Mei-ling';
export const hospitalName = 'Taipei Neurology Hospital';
export const moreInfo = [
  '## Why eyelids twitch',
  '',
  'Most eyelid twitching (*myokymia*) is **harmless** and fades on its own.',
  '',
  '- Sleep enough',
  '- Drink less coffee',
  '- Rest your eyes from screens',
  '',
  '<script>window.__moreInfoScript = true</script>',
].join('\n');
export const longBody =
  'Since last spring my right hand shakes when I hold a cup of tea or try to write, and it gets worse when I am nervous or tired. ' +
  'My father had a similar tremor in his sixties. I do not drink much alcohol and I take no regular medicine. ' +
  'The shaking stops when my hand rests on the table, and I have no stiffness or slowness that I notice. ' +
  'Could this be Parkinson disease, or something else, and which examinations should I ask for at the clinic?';

/** The second asker, in Chinese, who forgets to tick the consent box. */
export const zhAsk: AskInput = {
  department: '神經內科',
  title: '手指常常發麻',
  body: '最近一個月每天早上起床時右手手指都會發麻，大約十分鐘後才慢慢恢復，請問需要看哪一科？',
  pseudonym: '陳小姐',
  ageRange: '40~49',
  gender: '女',
  askingFor: '我自己',
  email: '',
  consent: false,
};

export const faq = {
  question: 'When should eyelid twitching be checked by a neurologist?',
  answer:
    'If it lasts longer than a few weeks, closes the eye completely or spreads to other parts of the face.',
};

/**
 * Three other published neurology Q&As (one with a long question), a neurology FAQ, and a More
 * Info article on the question under test.
 */
export async function addNeighbours(
  db: Db,
  at: { hospitalId: number; doctorId: number; questionId: number },
) {
  const colleague = await buildDoctor(db, {
    departments: ['neurology'],
    name: 'Chen Jia-hao',
    hospitalId: at.hospitalId,
  });
  const tremor = await buildQuestion(db, {
    title: 'Hand tremor when holding a cup',
    body: longBody,
    answeredBy: colleague.id,
  });
  await buildQuestion(db, { title: 'Numb fingers at night', answeredBy: colleague.id });
  await buildQuestion(db, { title: 'Dizzy when standing up', answeredBy: at.doctorId });
  await db.insert(faqs).values({ departmentId: await departmentId(db, 'neurology'), lang: 'en', ...faq });
  if (at.questionId) await db.update(questions).set({ moreInfo }).where(eq(questions.id, at.questionId));
  return { tremor };
}
