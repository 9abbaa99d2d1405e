/** Demo content: Obstetrics and Gynecology, and Pediatrics. General, non-diagnostic wording. */
import type { AgeRange } from '../../../db/schema.ts';
import type { DepartmentContent } from '../demo-types.ts';

const CHILDREN: readonly AgeRange[] = ['0-9', '10-19'];

export const obstetricsGynecology: DepartmentContent = {
  slug: 'obstetrics-gynecology',
  weight: 1.3,
  topics: [
    {
      en: {
        name: 'irregular periods',
        label: 'Irregular periods',
        titles: ['Period late again', 'Cycle all over the place'],
        details: [
          'The cycle varies between 25 and 50 days.',
          'Some periods are very light, others heavier than usual.',
          'There has been some acne along the jawline.',
          'A home pregnancy test was negative.',
        ],
        note: 'Irregular cycles are common and can be linked to stress, weight changes, intense exercise, thyroid problems or hormone conditions such as polycystic ovary syndrome; ruling out pregnancy is always the first step.',
        check: 'a review of the cycle history, a pelvic ultrasound and hormone blood tests if needed',
      },
      zh: {
        name: '月經不規則',
        label: '月經不規則',
        titles: ['月經又晚來了', '生理期很亂'],
        details: [
          '週期從25天到50天都有。',
          '有時候量很少，有時候又比平常多。',
          '下巴附近長了一些痘痘。',
          '在家驗孕是陰性。',
        ],
        note: '月經不規則很常見，可能與壓力、體重變化、劇烈運動、甲狀腺問題，或多囊性卵巢症候群等荷爾蒙狀況有關；第一步一定要先排除懷孕。',
        check: '詢問月經史、骨盆腔超音波，必要時抽血檢查荷爾蒙',
      },
      gender: 'female',
      ages: ['20-29', '30-39', '40-49'],
      spans: ['chronic'],
      flags: [0],
      care: [0, 3],
    },
    {
      en: {
        name: 'spotting in early pregnancy',
        label: 'Spotting in early pregnancy',
        titles: ['Light bleeding at 7 weeks', 'Brown spotting while pregnant'],
        intro: ['{subj} {am} about seven weeks pregnant and noticed some spotting {ago}.'],
        details: [
          'There is a little brown discharge, mostly noticed after going to the toilet.',
          'There is mild cramping, similar to a period.',
          'The first prenatal visit has not happened yet.',
          'This is the first pregnancy.',
        ],
        note: 'Light spotting in early pregnancy is fairly common and often settles, but it can also be a sign that needs checking, such as a threatened miscarriage or a pregnancy outside the womb, so an ultrasound is recommended.',
        check:
          'an ultrasound to check the location and heartbeat of the pregnancy, and blood tests if needed',
      },
      zh: {
        name: '懷孕初期少量出血',
        label: '懷孕初期少量出血',
        titles: ['懷孕七週有點出血', '懷孕初期有咖啡色分泌物'],
        intro: ['{我}目前懷孕大約七週，{ago}開始有少量出血。'],
        details: [
          '有一點咖啡色分泌物，多半是上完廁所時發現。',
          '下腹有輕微悶痛，有點像生理痛。',
          '還沒有做第一次產檢。',
          '這是第一胎。',
        ],
        note: '懷孕初期少量出血並不少見，很多會自行緩解，但也可能是需要注意的狀況，例如先兆性流產或子宮外孕，因此建議安排超音波檢查。',
        check: '超音波確認胚胎位置與心跳，必要時抽血',
      },
      gender: 'female',
      ages: ['20-29', '30-39'],
      spans: ['acute'],
      flags: [0, 1],
      care: [1],
    },
    {
      en: {
        name: 'very painful periods',
        label: 'Painful periods',
        titles: ['Period pain getting worse', 'Painkillers not helping period cramps'],
        details: [
          'The cramps are strong enough to need a day off work or school.',
          'Painkillers help only a little.',
          'The pain has been getting worse over the past few years.',
          'Bowel movements are also painful around the time of the period.',
        ],
        note: 'Period pain is common, but pain that gets worse over time or stops daily activities can be related to conditions such as endometriosis or fibroids, which an examination and ultrasound can help assess.',
        check: 'a pelvic examination and ultrasound, with blood tests if needed',
      },
      zh: {
        name: '經痛',
        label: '經痛',
        titles: ['經痛越來越嚴重', '止痛藥壓不住經痛'],
        details: [
          '痛到需要請假一天。',
          '吃止痛藥只能緩解一點點。',
          '這幾年痛得越來越厲害。',
          '生理期前後排便時也會痛。',
        ],
        note: '經痛很常見，但越來越痛或影響日常生活的經痛，可能和子宮內膜異位症或子宮肌瘤等狀況有關，可以透過內診與超音波評估。',
        check: '內診與骨盆腔超音波，必要時抽血',
      },
      gender: 'female',
      ages: ['10-19', '20-29', '30-39', '40-49'],
      spans: ['chronic'],
      flags: [1, 2],
      care: [0, 2],
    },
    {
      en: {
        name: 'hot flushes and night sweats',
        label: 'Hot flushes and night sweats',
        titles: ['Hot flushes at night', 'Menopause symptoms affecting sleep'],
        details: [
          'Waves of heat rise to the face several times a day.',
          'Night sweats soak the pillow and disturb sleep.',
          'Periods have become irregular over the past year.',
          'Mood swings have become more frequent.',
        ],
        note: 'Hot flushes and night sweats are typical of the years around menopause and vary a lot between women; there are lifestyle measures and both hormonal and non-hormonal treatments, chosen according to personal health and risks.',
        check:
          'a discussion of symptoms and health history, with blood tests or a pelvic ultrasound if needed',
      },
      zh: {
        name: '熱潮紅與夜間盜汗',
        label: '熱潮紅、夜間盜汗',
        titles: ['晚上一直熱醒', '更年期症狀影響睡眠'],
        details: [
          '一天會有好幾次熱氣往臉上衝。',
          '晚上流汗流到枕頭都濕了，睡不好。',
          '這一年月經變得不規則。',
          '情緒起伏變得比較大。',
        ],
        note: '熱潮紅與夜間盜汗是更年期前後常見的症狀，每個人的程度差異很大；有生活上的調整方法，也有荷爾蒙與非荷爾蒙的治療，會依個人健康狀況與風險來選擇。',
        check: '討論症狀與健康史，必要時抽血或安排骨盆腔超音波',
      },
      gender: 'female',
      ages: ['40-49', '50-59'],
      spans: ['chronic'],
      flags: [0],
      care: [0, 3],
    },
  ],
  en: {
    focus: 'menstrual problems, early pregnancy care, endometriosis and menopause',
    selfCare: [
      'keep a record of the menstrual cycle and symptoms, for example in an app',
      'rest and avoid heavy lifting for now',
      'use a warm pack on the lower abdomen to ease cramps',
      'keep regular sleeping hours and exercise moderately',
    ],
    redFlags: [
      'there is heavy bleeding that soaks a pad every hour',
      'severe pain on one side of the lower abdomen, dizziness or fainting occurs',
      'a fever comes with lower abdominal pain or unusual discharge',
    ],
    faqs: [
      [
        'How often should I have a Pap smear?',
        'Taiwan subsidizes Pap smears for women aged 30 and over, and a test at least every three years is recommended. Ask your gynecologist how often you personally need one.',
      ],
      [
        'When is the first prenatal visit?',
        'Usually around 6 to 8 weeks after the last period, when an ultrasound can confirm where the pregnancy is and show the heartbeat. Go sooner if there is bleeding or pain.',
      ],
      [
        'Is period pain normal?',
        'Mild cramps are common. Pain that keeps you from work or school, gets worse over the years, or comes with pain during sex or bowel movements should be checked.',
      ],
    ],
  },
  zh: {
    focus: '月經問題、早期懷孕照護、子宮內膜異位症與更年期',
    selfCare: [
      '用手機App記錄月經週期與症狀',
      '暫時多休息、避免提重物',
      '在下腹部熱敷來緩解悶痛',
      '維持規律睡眠與適度運動',
    ],
    redFlags: [
      '出血量大到每小時都要換一片衛生棉',
      '出現單側下腹劇痛、頭暈或昏倒',
      '發燒合併下腹痛或異常分泌物',
    ],
    faqs: [
      [
        '子宮頸抹片多久做一次？',
        '政府補助30歲以上女性做子宮頸抹片檢查，建議至少每三年做一次。實際頻率可以和婦產科醫師討論。',
      ],
      [
        '第一次產檢什麼時候？',
        '通常在最後一次月經後約6到8週，這時超音波可以確認胚胎位置並看到心跳。若有出血或腹痛，應提早就醫。',
      ],
      [
        '經痛是正常的嗎？',
        '輕微的悶痛很常見。如果痛到無法上班上課、一年比一年痛，或合併性交疼痛、排便疼痛，就應該檢查。',
      ],
    ],
  },
};

export const pediatrics: DepartmentContent = {
  slug: 'pediatrics',
  weight: 1.4,
  topics: [
    {
      en: {
        name: 'a fever',
        label: 'Fever in a child',
        titles: ['Fever that keeps coming back', 'Fever for several days'],
        details: [
          'The temperature goes up to 39°C, mostly in the evening.',
          'After fever medicine, {pron} play{s} normally for a while.',
          'Appetite is lower, but fluids are going down well.',
          'Several classmates have been ill recently.',
        ],
        note: "In children, fever is most often caused by viral infections and is the body's way of fighting them; how the child looks and behaves between fevers, how much they drink and how often they pass urine matter more than the exact temperature.",
        check: 'an examination of the ears, throat, chest and abdomen, with urine or blood tests if needed',
      },
      zh: {
        name: '發燒',
        label: '小孩發燒',
        titles: ['小孩反覆發燒', '孩子發燒好幾天'],
        details: [
          '體溫最高到39度，多半在晚上。',
          '吃了退燒藥之後，{他}可以正常玩一陣子。',
          '胃口比較差，但還願意喝水。',
          '班上好幾個同學最近也生病。',
        ],
        note: '孩子發燒多半是病毒感染引起，是身體對抗感染的反應；比起體溫數字，退燒後的精神活力、喝水量以及尿量更值得觀察。',
        check: '檢查耳朵、喉嚨、胸部與腹部，必要時驗尿或抽血',
      },
      ages: CHILDREN,
      spans: ['acute'],
      flags: [0, 1, 3],
      care: [0, 2],
    },
    {
      en: {
        name: 'a stuffy nose and a cough at night',
        label: 'Stuffy nose and night cough in a child',
        titles: ['Coughing every night', 'Blocked nose every morning'],
        details: [
          'The cough is worse after lying down and early in the morning.',
          'There is a lot of sneezing and a runny nose after waking up.',
          '{pron} often rub{s} {my} nose and eyes.',
          'The symptoms flare when the seasons change.',
        ],
        note: 'A stuffy nose with a night-time cough in children is often related to allergic rhinitis, a nasal drip after a cold or sensitive airways; reducing dust mites and checking for asthma can make a big difference.',
        check:
          'an examination of the nose, throat and chest, with allergy tests or lung function tests if needed',
      },
      zh: {
        name: '鼻塞和夜咳',
        label: '孩子鼻塞又夜咳',
        titles: ['小孩每天晚上都在咳', '早上起床一直打噴嚏'],
        details: [
          '躺下之後和清晨咳得比較厲害。',
          '早上起床會一直打噴嚏、流鼻水。',
          '{他}常常揉鼻子和眼睛。',
          '換季的時候特別嚴重。',
        ],
        note: '孩子鼻塞合併夜咳，常和過敏性鼻炎、感冒後鼻涕倒流或呼吸道敏感有關；減少塵蟎並評估是否有氣喘，往往能改善很多。',
        check: '檢查鼻腔、喉嚨與胸部，必要時安排過敏原或肺功能檢查',
      },
      ages: CHILDREN,
      flags: [1],
      care: [1, 3],
    },
    {
      en: {
        name: 'growth and height',
        label: 'Child shorter than classmates',
        titles: ['Not growing much this year', 'Worried about height'],
        intro: [
          '{subj} {am} noticeably shorter than other children of the same age, and I would like to ask about {name}.',
        ],
        details: [
          'Height has increased by only about 3 centimeters in the past year.',
          'Both parents are of average height.',
          '{pron} {am} a picky eater and often stay{s} up past 11 p.m.',
          'The school health check flagged the height as below the 3rd percentile.',
        ],
        note: 'Children grow at different rates, and family height, the timing of puberty, nutrition, sleep and overall health all play a part; following height over time on a growth chart is the most useful first step, with a bone-age X-ray or blood tests if growth is unusually slow.',
        check: 'measurement on a growth chart, a bone-age X-ray and blood tests if needed',
      },
      zh: {
        name: '身高與生長',
        label: '孩子長不高',
        titles: ['這一年都沒什麼長高', '擔心孩子的身高'],
        intro: ['{我}比同年齡的孩子明顯矮一截，想請教{name}的問題。'],
        details: [
          '過去一年只長了大約3公分。',
          '爸媽的身高都算中等。',
          '{他}很挑食，常常超過11點才睡。',
          '學校健康檢查說身高低於第3百分位。',
        ],
        note: '每個孩子的生長速度不同，父母身高、青春期早晚、營養、睡眠與整體健康都有影響；把身高畫在生長曲線上長期追蹤，是最有用的第一步，若生長速度明顯偏慢，再安排骨齡X光或抽血。',
        check: '生長曲線評估、骨齡X光，必要時抽血',
      },
      ages: CHILDREN,
      flags: [],
      care: [3],
      concern: true,
    },
    {
      en: {
        name: 'vomiting and diarrhea',
        label: 'Vomiting and diarrhea in a child',
        titles: ['Vomiting and diarrhea since last night', 'Stomach bug'],
        details: [
          '{pron} vomited three times last night, and the stools have been watery since.',
          'There is a mild fever.',
          'Small sips of water stay down, but food comes back up.',
          'There are fewer wet diapers or trips to the toilet than usual.',
        ],
        note: 'Vomiting and diarrhea in children are usually caused by viral gastroenteritis and settle within a few days; the main risk is dehydration, so small, frequent sips of oral rehydration solution and watching how often urine is passed are important.',
        check: 'an assessment of hydration and an abdominal examination, with tests if needed',
      },
      zh: {
        name: '上吐下瀉',
        label: '孩子上吐下瀉',
        titles: ['小孩上吐下瀉', '孩子腸胃炎'],
        details: [
          '{他}昨晚吐了三次，之後一直拉水便。',
          '有輕微發燒。',
          '小口喝水喝得下，但吃東西就吐。',
          '尿量比平常少。',
        ],
        note: '孩子上吐下瀉多半是病毒性腸胃炎，通常幾天內會好轉；最需要注意的是脫水，因此要少量多次補充口服電解質液，並留意尿量。',
        check: '評估脫水程度與腹部檢查，必要時安排檢驗',
      },
      ages: CHILDREN,
      spans: ['acute'],
      flags: [0, 2],
      care: [0],
    },
  ],
  en: {
    focus: 'childhood fever, allergies, growth and development, and vaccinations',
    selfCare: [
      'offer fluids in small, frequent sips',
      'keep the bedroom clean and wash bedding in hot water to reduce dust mites',
      'dress lightly during a fever rather than bundling up',
      'keep a regular bedtime and make sure there is enough sleep',
    ],
    redFlags: [
      'the child is unusually drowsy, hard to wake or has a seizure',
      'breathing is fast or labored, or the lips look bluish',
      'there are signs of dehydration, such as no urine for 8 hours, a dry mouth or crying without tears',
      'a baby under three months has a temperature of 38°C or more',
    ],
    faqs: [
      [
        'When should a child with a fever see a doctor?',
        'See a doctor if a baby under three months has any fever, if a fever lasts more than two to three days, or if the child seems very unwell, drowsy or dehydrated, even when the temperature is not very high.',
      ],
      [
        'Should I wake my child to give fever medicine?',
        'Usually not. Fever medicine is for comfort; if your child is sleeping peacefully, let them rest. Follow the dose and interval on the label or from your doctor.',
      ],
      [
        'Where can I check the vaccination schedule?',
        'The child health handbook lists the routine vaccines and the recommended ages. Your pediatrician or local health center can help you catch up on any missed doses.',
      ],
    ],
  },
  zh: {
    focus: '兒童發燒、過敏、生長發育與預防接種',
    selfCare: [
      '少量多次補充水分',
      '保持臥室清潔，寢具用熱水清洗以減少塵蟎',
      '在發燒時穿著輕便透氣的衣物，不要包得太緊',
      '固定時間上床，確保睡眠充足',
    ],
    redFlags: [
      '孩子異常嗜睡、叫不太醒或出現抽搐',
      '呼吸很快、很費力，或嘴唇發紫',
      '出現脫水跡象，例如超過8小時沒有尿、嘴巴乾、哭沒有眼淚',
      '三個月以下的嬰兒體溫達38度以上',
    ],
    faqs: [
      [
        '孩子發燒什麼時候要看醫生？',
        '三個月以下的嬰兒只要發燒就應就醫；發燒超過兩到三天，或孩子精神很差、嗜睡、有脫水跡象時，即使體溫不是很高，也要就醫。',
      ],
      [
        '孩子睡著了要叫醒吃退燒藥嗎？',
        '通常不用。退燒藥是為了讓孩子舒服一點，如果睡得安穩，就讓他好好休息。用藥劑量與間隔請依照藥袋或醫師指示。',
      ],
      [
        '預防接種時程要去哪裡查？',
        '兒童健康手冊裡有常規疫苗與建議接種年齡，也可以請小兒科醫師或衛生所協助補打漏掉的疫苗。',
      ],
    ],
  },
};
