/** Demo content: Smoking Cessation. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const smokingCessation: DepartmentContent = {
  slug: 'smoking-cessation',
  weight: 0.6,
  topics: [
    {
      en: {
        name: 'quitting smoking',
        label: 'Help with quitting smoking',
        titles: ['Want to quit smoking for good', 'Failed to quit twice'],
        intro: ['{subj} {have} smoked about a pack a day for twenty years and would like help with {name}.'],
        details: [
          'Two attempts to quit on willpower alone failed within a week.',
          'The strongest cravings come after meals and with coffee.',
          'Irritability and poor sleep made the last attempt very hard.',
          'A baby is due in a few months, which is a big motivation.',
        ],
        note: 'Quitting is much more successful with support: nicotine replacement or prescription medicines combined with counseling can double or triple the chance of success, and subsidized quit-smoking services are widely available in Taiwan.',
        check:
          'an assessment of nicotine dependence and a quit plan with counseling, and medicines if appropriate',
      },
      zh: {
        name: '戒菸',
        label: '尋求戒菸協助',
        titles: ['想徹底戒菸', '戒菸失敗兩次'],
        intro: ['{我}一天抽大約一包菸，已經抽了二十年，想請教{name}的方法。'],
        details: [
          '靠意志力戒過兩次，都撐不到一週。',
          '飯後和喝咖啡時最想抽。',
          '上次戒菸時脾氣很差、睡不好，非常辛苦。',
          '再過幾個月寶寶就要出生，很想戒掉。',
        ],
        note: '有人協助時，戒菸成功率高很多：尼古丁替代療法或戒菸藥物搭配衛教諮詢，成功機會可以提高兩到三倍，台灣也有許多補助的戒菸服務。',
        check: '評估尼古丁依賴程度並擬定戒菸計畫，視情況搭配衛教與藥物',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [1, 2],
      concern: true,
    },
    {
      en: {
        name: 'switching to e-cigarettes or heated tobacco',
        label: 'Using e-cigarettes or heated tobacco to quit',
        titles: ['Are e-cigarettes a way to quit?', 'Heated tobacco instead of cigarettes?'],
        intro: ['{subj} {am} thinking about {name} as a way to stop smoking.'],
        details: [
          'Friends say they are less harmful.',
          'It is unclear whether they are legal or safe.',
          'The aim is to stop nicotine completely in the end.',
          'A previous attempt with nicotine gum did not last.',
        ],
        note: 'E-cigarettes are banned in Taiwan, heated tobacco is strictly regulated, and neither is an approved quitting aid; the evidence-based options are nicotine replacement, prescription medicines and counseling, which aim to end nicotine use altogether.',
        check: 'a discussion of the options and a personal quit plan',
      },
      zh: {
        name: '改用電子煙或加熱菸',
        label: '用電子煙或加熱菸戒菸',
        titles: ['電子煙可以幫助戒菸嗎', '改抽加熱菸比較好嗎'],
        intro: ['{我}在考慮{name}來戒菸。'],
        details: [
          '朋友說這些比較不傷身。',
          '不清楚這些合不合法、安不安全。',
          '最終目標是完全不碰尼古丁。',
          '之前用過尼古丁口嚼錠，沒有持續下去。',
        ],
        note: '電子煙在台灣已全面禁止，加熱菸也受到嚴格管制，兩者都不是核准的戒菸方法；有實證的選擇是尼古丁替代療法、戒菸藥物與衛教諮詢，目標是完全擺脫尼古丁。',
        check: '討論各種選擇，並擬定個人化的戒菸計畫',
      },
      ages: ['20-29', '30-39', '40-49', '50-59'],
      flags: [0],
      concern: true,
    },
    {
      en: {
        name: 'weight gain after quitting',
        label: 'Weight gain after quitting smoking',
        titles: ['Gaining weight since quitting', 'Tempted to smoke again to lose weight'],
        intro: ['{subj} quit smoking {ago} and {have} been putting on weight since.'],
        details: [
          'About four kilograms have been gained.',
          'Snacking has replaced the cigarette breaks.',
          'There is a temptation to start smoking again to lose the weight.',
          'Cravings still come with stress at work.',
        ],
        note: 'Some weight gain after quitting is common, because appetite returns and metabolism changes slightly, but the health benefits of quitting far outweigh a few kilograms; regular meals, healthy snacks and more activity help, and ongoing support can prevent a relapse.',
        check: 'a review of cravings, eating habits and activity, with support to prevent a relapse',
      },
      zh: {
        name: '戒菸後變胖',
        label: '戒菸後體重增加',
        titles: ['戒菸後一直變胖', '想為了瘦下來再抽菸'],
        intro: ['{我}{ago}戒菸了，但體重一直增加。'],
        details: [
          '胖了大約四公斤。',
          '以前抽菸的休息時間，現在都拿來吃零食。',
          '很想為了瘦下來而重新抽菸。',
          '工作壓力大的時候還是很想抽。',
        ],
        note: '戒菸後體重增加很常見，因為食慾恢復、新陳代謝也有些改變，但戒菸對健康的好處遠遠大過多出的幾公斤；規律飲食、選擇健康的點心、增加活動量都有幫助，持續的支持也能避免復抽。',
        check: '評估菸癮、飲食與活動習慣，並提供預防復抽的協助',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      spans: ['recent', 'chronic'],
      flags: [1],
      care: [2, 3],
    },
  ],
  en: {
    focus: 'quitting smoking with counseling and medicines, and preventing relapse',
    visit: 'a smoking cessation clinic',
    selfCare: [
      'set a quit date and tell family and friends',
      'remove cigarettes, lighters and ashtrays from home and the car',
      'plan something else for the usual smoking moments, such as a short walk after meals',
      'drink water and keep the hands busy when a craving comes',
    ],
    redFlags: [
      'there is chest pain, coughing up of blood or severe breathlessness',
      'low mood becomes severe or thoughts of self-harm appear',
      'a severe skin reaction or swelling appears after starting a quit-smoking medicine',
    ],
    faqs: [
      [
        'Is help with quitting smoking subsidized in Taiwan?',
        'Yes. Adults who smoke can get subsidized quit-smoking medicines and counseling at contracted hospitals, clinics and pharmacies. Ask when booking, or call the free quitline 0800-636363 for telephone counseling.',
      ],
      [
        'How long do cravings last?',
        'Each craving usually passes within a few minutes, and most people find that cravings become weaker and less frequent after the first two to four weeks.',
      ],
      [
        'Is it too late to quit after many years?',
        'It is never too late. The risk of heart disease starts to fall soon after quitting, and lung function and many other risks keep improving over the years.',
      ],
    ],
  },
  zh: {
    focus: '戒菸衛教、戒菸藥物與預防復抽',
    visit: '戒菸門診',
    selfCare: [
      '訂下戒菸日，並告訴家人朋友',
      '把家裡和車上的菸、打火機、菸灰缸都清掉',
      '為平常會抽菸的時刻安排替代行為，例如飯後散步',
      '在想抽菸時喝口水，讓手忙一點',
    ],
    redFlags: [
      '出現胸痛、咳血或嚴重喘',
      '情緒非常低落，或出現傷害自己的念頭',
      '開始使用戒菸藥物後出現嚴重皮膚反應或腫脹',
    ],
    faqs: [
      [
        '台灣的戒菸治療有補助嗎？',
        '有。成年吸菸者可以在合約醫院、診所與藥局接受補助的戒菸藥物與衛教服務。預約時可以詢問，也可以撥打免付費戒菸專線0800-636363。',
      ],
      [
        '菸癮會持續多久？',
        '每一次想抽菸的衝動，通常幾分鐘就會過去；大多數人在戒菸兩到四週後，菸癮會變弱、次數也變少。',
      ],
      [
        '抽了很多年，現在戒還來得及嗎？',
        '永遠不嫌晚。戒菸後不久，心臟病的風險就開始下降，肺功能與其他許多風險也會逐年改善。',
      ],
    ],
  },
};
