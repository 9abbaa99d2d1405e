/** Demo content: Psychiatry and Rehabilitation Medicine. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const psychiatry: DepartmentContent = {
  slug: 'psychiatry',
  weight: 1.1,
  topics: [
    {
      en: {
        name: 'low mood and a loss of interest in things',
        label: 'Low mood and loss of interest',
        titles: ['Feeling down all the time', 'No motivation for anything'],
        details: [
          'Things that used to be enjoyable no longer feel interesting.',
          'Getting out of bed in the morning takes a lot of effort.',
          'Appetite has dropped, and sleep is broken.',
          'Concentrating at work or school has become hard.',
        ],
        note: 'Low mood that lasts for weeks and affects sleep, appetite, energy and concentration can be a sign of depression, which is common and treatable with talking therapy, medicine or both; talking with someone early makes a difference.',
        check:
          'a conversation about mood, sleep, stress and daily life, with questionnaires and blood tests if needed',
      },
      zh: {
        name: '情緒低落、提不起勁',
        label: '情緒低落、對什麼都沒興趣',
        titles: ['心情一直很低落', '做什麼都提不起勁'],
        details: [
          '以前喜歡的事情，現在都覺得沒意思。',
          '早上起床要花很大的力氣。',
          '胃口變差，睡眠也斷斷續續。',
          '上班或上課很難專心。',
        ],
        note: '情緒低落持續好幾週，並影響睡眠、食慾、體力與專注力，可能是憂鬱症的表現；憂鬱症很常見，透過心理治療、藥物或兩者合併都能有效治療，越早找人談越好。',
        check: '會談評估情緒、睡眠、壓力與生活狀況，必要時搭配量表與抽血',
      },
      ages: ['10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
    },
    {
      en: {
        name: 'sudden attacks of panic',
        label: 'Sudden panic attacks',
        titles: ['Sudden fear and a racing heart', 'Panic attacks on the MRT'],
        details: [
          'The heart suddenly races, breathing feels short and there is a fear of dying.',
          'An attack peaks within about ten minutes and then fades.',
          'A check at the emergency department found nothing wrong with the heart.',
          'Crowded trains are now avoided for fear of another attack.',
        ],
        note: 'Sudden surges of intense fear with a racing heart and breathlessness can be panic attacks, which are frightening but not dangerous in themselves; once physical causes have been ruled out, therapy and medicine both work well.',
        check:
          'an assessment of the attacks and their triggers, and a check for physical causes if not already done',
      },
      zh: {
        name: '突然恐慌發作',
        label: '突然恐慌發作',
        titles: ['突然很害怕、心跳很快', '搭捷運時恐慌發作'],
        details: [
          '心臟會突然狂跳、喘不過氣，覺得自己快要死掉。',
          '大約十分鐘內達到最高峰，之後慢慢退去。',
          '去急診檢查過，心臟沒有問題。',
          '現在因為怕再發作，都不敢搭擁擠的捷運。',
        ],
        note: '突然湧上的強烈恐懼，合併心跳加快、呼吸急促，可能是恐慌發作；發作時非常嚇人，但本身通常不危險，排除身體的原因後，心理治療與藥物的效果都很好。',
        check: '評估發作情形與誘發因素，若還沒檢查過，也會評估是否有身體上的原因',
      },
      ages: ['10-19', '20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [0],
    },
    {
      en: {
        name: 'constant worrying',
        label: 'Constant worrying',
        titles: ["Can't stop worrying", 'Anxious all the time'],
        details: [
          'Small things turn into hours of worrying about what could go wrong.',
          'The shoulders and neck are tense most of the day.',
          'It is hard to fall asleep because the mind keeps racing.',
          'Friends say {pron} seem{s} on edge.',
        ],
        note: 'Persistent worry that is hard to control, with tension and poor sleep, is common with anxiety disorders and long-term stress; learning coping skills, therapy and sometimes medicine can help a great deal.',
        check: 'an assessment of anxiety, stress and sleep, and a discussion of treatment options',
      },
      zh: {
        name: '一直擔心焦慮',
        label: '整天擔心、焦慮',
        titles: ['停不下來的擔心', '一直處在焦慮中'],
        details: [
          '一點小事就會擔心好幾個小時，一直想到最壞的狀況。',
          '肩頸一整天都很緊繃。',
          '腦袋停不下來，很難入睡。',
          '朋友說{他}看起來總是很緊張。',
        ],
        note: '難以控制的持續擔心，加上肌肉緊繃與睡不好，常見於焦慮症或長期壓力；學習因應技巧、心理治療，有時搭配藥物，都能有很大的幫助。',
        check: '評估焦慮、壓力與睡眠狀況，並討論治療選擇',
      },
      spans: ['chronic'],
      flags: [0],
    },
    {
      en: {
        name: 'forgetfulness',
        label: 'Memory problems in an older adult',
        titles: ['Getting more forgetful', 'Repeating the same questions'],
        details: [
          'The same questions are asked several times within an hour.',
          'Recent conversations are forgotten, though old memories are clear.',
          'There was recently trouble finding the way home from the market.',
          'Managing bills and medicines has become confusing.',
        ],
        note: 'Memory changes in older adults can have many causes, including low mood, hearing loss, medicines, vitamin or thyroid problems and dementia; some of these can be reversed, so a proper assessment is worthwhile.',
        check: 'memory and thinking tests, blood tests and brain imaging if needed',
      },
      zh: {
        name: '健忘',
        label: '長輩記憶力變差',
        titles: ['越來越健忘', '同樣的問題一直重複問'],
        details: [
          '一個小時內會重複問同樣的問題好幾次。',
          '最近說過的話會忘記，但以前的事記得很清楚。',
          '前陣子從市場回家時迷路。',
          '繳費和吃藥變得很容易搞混。',
        ],
        note: '長輩的記憶力變化可能有很多原因，包括情緒問題、聽力下降、藥物、維生素或甲狀腺問題，以及失智症；其中有些是可以改善的，因此值得好好評估。',
        check: '記憶與認知功能測驗、抽血，必要時安排腦部影像檢查',
      },
      ages: ['60-69', '70-79', '80-89', '90+'],
      spans: ['chronic'],
      flags: [1, 2],
      care: [0, 1],
    },
  ],
  en: {
    focus: 'depression, anxiety and panic, sleep problems and memory assessment in older adults',
    selfCare: [
      'keep a regular daily routine, with set times for sleep and meals',
      'get some daylight and gentle exercise every day',
      'limit alcohol and caffeine',
      'talk with someone trusted about how things have been',
    ],
    redFlags: [
      'there are thoughts of self-harm or suicide (in Taiwan, the 1925 helpline is open around the clock)',
      'there is confusion, hearing voices, or behavior that puts anyone in danger',
      'an older person suddenly becomes confused or very drowsy',
    ],
    faqs: [
      [
        'Is seeing a psychiatrist only for serious mental illness?',
        'No. Many people see a psychiatrist for stress, sleep problems, low mood or anxiety. Getting help early often means shorter, simpler treatment.',
      ],
      [
        'Are psychiatric medicines addictive?',
        'Most antidepressants are not addictive, although stopping them suddenly can cause discomfort, so changes should be planned with your doctor. Some sleeping and anti-anxiety medicines can cause dependence and are used with care.',
      ],
      [
        'Where can I get help right away?',
        "Taiwan's 1925 helpline is free and open 24 hours a day. If someone is in immediate danger, call 119 or go to the nearest emergency department.",
      ],
    ],
  },
  zh: {
    focus: '憂鬱、焦慮與恐慌、睡眠問題，以及長者的記憶評估',
    selfCare: [
      '維持規律的作息，固定睡覺和吃飯的時間',
      '每天曬曬太陽、做些溫和的運動',
      '減少酒精與咖啡因',
      '找信任的人聊聊最近的狀況',
    ],
    redFlags: [
      '出現傷害自己或輕生的念頭（可撥打24小時安心專線1925）',
      '出現意識混亂、幻聽，或可能傷害自己或他人的行為',
      '長輩突然變得意識混亂或非常嗜睡',
    ],
    faqs: [
      [
        '看精神科是不是代表病得很嚴重？',
        '不是。很多人因為壓力、睡眠問題、情緒低落或焦慮而就醫，及早求助，治療往往更簡單、更快見效。',
      ],
      [
        '精神科的藥會上癮嗎？',
        '大部分抗憂鬱藥物不會成癮，但突然停藥可能不舒服，調整時要和醫師討論。部分安眠藥和抗焦慮藥可能產生依賴，醫師會謹慎使用。',
      ],
      [
        '需要立即協助時可以找誰？',
        '可撥打24小時免付費的安心專線1925。若有立即危險，請撥打119或到最近的急診。',
      ],
    ],
  },
};

export const rehabilitation: DepartmentContent = {
  slug: 'rehabilitation',
  topics: [
    {
      en: {
        name: 'neck and shoulder stiffness',
        label: 'Stiff neck and shoulders',
        titles: ['Neck and shoulders always tight', 'Desk job neck pain'],
        details: [
          'The muscles between the neck and shoulders feel tight and sore by the afternoon.',
          'Work involves eight or more hours at a computer.',
          'A massage helps for a day or two.',
          'There is sometimes a headache at the back of the head.',
        ],
        note: 'Neck and shoulder stiffness from long hours at a desk is very common and is mostly muscular; posture adjustments, regular movement breaks, stretching and strengthening exercises are the main treatment, and physiotherapy can guide them.',
        check: 'an assessment of posture and movement, and a tailored exercise and physiotherapy plan',
      },
      zh: {
        name: '肩頸僵硬痠痛',
        label: '肩頸僵硬痠痛',
        titles: ['肩頸一直很緊', '上班族肩頸痠痛'],
        details: [
          '到了下午，脖子和肩膀之間的肌肉又緊又痠。',
          '工作一天要在電腦前坐八個小時以上。',
          '按摩後可以舒服一兩天。',
          '有時後腦勺會痛。',
        ],
        note: '長時間坐辦公桌造成的肩頸僵硬非常常見，大多是肌肉的問題；調整姿勢、定時起身活動、伸展與肌力訓練是主要的治療方式，物理治療可以協助指導。',
        check: '評估姿勢與活動度，並安排個人化的運動與物理治療計畫',
      },
      ages: ['20-29', '30-39', '40-49', '50-59'],
      spans: ['chronic'],
      flags: [2],
      care: [1, 2, 3],
    },
    {
      en: {
        name: 'weakness in one arm after a stroke',
        label: 'Arm weakness after a stroke',
        titles: ['Recovery after a stroke', 'Hand still weak months after a stroke'],
        details: [
          'The stroke was three months ago, and walking has improved a lot.',
          'The right hand is still weak and clumsy, which makes chopsticks hard to use.',
          'Rehabilitation sessions stopped after leaving the hospital.',
          'The shoulder on the weak side has started to ache.',
        ],
        note: 'Recovery after a stroke continues for many months, and regular, targeted rehabilitation, including occupational therapy for hand function, can keep improving strength and independence; shoulder pain on the weak side is common and can be managed.',
        check:
          'an assessment of strength, movement and daily activities, and a program of physical and occupational therapy',
      },
      zh: {
        name: '中風後單側手無力',
        label: '中風後手無力',
        titles: ['中風後的復健', '中風幾個月手還是沒力'],
        details: [
          '三個月前中風，走路已經進步很多。',
          '右手還是無力又不靈活，很難拿筷子。',
          '出院後就沒有繼續做復健。',
          '無力那一側的肩膀開始會痛。',
        ],
        note: '中風後的恢復會持續好幾個月，規律且有針對性的復健，包括訓練手部功能的職能治療，可以持續改善力氣與自理能力；無力側的肩膀痛很常見，也可以處理。',
        check: '評估肌力、動作與日常生活能力，並安排物理治療與職能治療的復健計畫',
      },
      ages: ['50-59', '60-69', '70-79', '80-89'],
      spans: ['chronic'],
      flags: [2],
      care: [0],
    },
    {
      en: {
        name: 'heel pain in the morning',
        label: 'Heel pain in the morning',
        titles: ['First steps in the morning hurt', 'Sharp pain under the heel'],
        details: [
          'The first steps after getting out of bed are the most painful.',
          'The pain eases after walking for a while, then returns after standing for long.',
          'Work involves standing most of the day.',
          'The everyday shoes are flat and thin-soled.',
        ],
        note: 'Heel pain that is worst with the first steps in the morning is commonly related to strain of the plantar fascia; stretching, supportive footwear, insoles and gradually adjusting activity usually help, and physiotherapy can speed recovery.',
        check: 'an examination of the foot, an ultrasound if needed, and a stretching and physiotherapy plan',
      },
      zh: {
        name: '早上腳跟痛',
        label: '早上下床腳跟痛',
        titles: ['早上下床第一步很痛', '腳跟底下刺痛'],
        details: [
          '早上下床的頭幾步最痛。',
          '走一陣子會緩解，但站久了又會痛。',
          '工作大部分時間都要站著。',
          '每天穿的鞋子鞋底又平又薄。',
        ],
        note: '早上下床頭幾步最痛的腳跟痛，常與足底筋膜過度拉扯有關；伸展、穿支撐性好的鞋子、使用鞋墊與逐步調整活動量通常有幫助，物理治療可以加快恢復。',
        check: '足部檢查，必要時安排超音波，並擬定伸展與物理治療計畫',
      },
      ages: ['30-39', '40-49', '50-59', '60-69'],
      flags: [],
      care: [],
    },
    {
      en: {
        name: 'lower back pain',
        label: 'Lower back pain',
        titles: ['Back hurts after sitting', 'Lower back pain that keeps coming back'],
        details: [
          'The pain is across the lower back and does not spread down the legs.',
          'It is worse after sitting for a long time and better after walking.',
          'It started after moving boxes at home.',
          'Two days of bed rest did not help.',
        ],
        note: 'Most lower back pain without leg symptoms comes from the muscles, ligaments and joints and improves within weeks; staying active, gradual exercise and core strengthening help more than bed rest.',
        check:
          'an examination of the back and its movement and a rehabilitation exercise plan, with X-rays only if needed',
      },
      zh: {
        name: '下背痛',
        label: '下背痛',
        titles: ['坐久了腰就痛', '腰痛反覆發作'],
        details: [
          '痛在下背部，沒有延伸到腳。',
          '坐久了更痛，走一走反而比較好。',
          '是在家裡搬箱子之後開始的。',
          '躺床休息兩天也沒有改善。',
        ],
        note: '沒有合併腳部症狀的下背痛，大多來自肌肉、韌帶與關節，通常幾週內會改善；維持活動、循序漸進的運動與核心肌群訓練，比臥床休息更有幫助。',
        check: '背部與活動度檢查，並安排復健運動計畫，必要時才照X光',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0, 1],
      care: [0, 1, 2],
    },
  ],
  en: {
    focus: 'musculoskeletal pain, stroke rehabilitation and exercise therapy',
    selfCare: [
      'keep moving gently and avoid long periods of bed rest',
      'stand up and stretch for a few minutes every half hour',
      'use a warm pack on stiff muscles',
      'set up the desk so the screen is at eye level and the feet rest flat on the floor',
    ],
    redFlags: [
      'new weakness, numbness around the groin or loss of bladder control appears',
      'the pain comes with a fever, unexplained weight loss or night pain that does not ease',
      'sudden new weakness of the face, an arm or a leg occurs',
    ],
    faqs: [
      [
        'What is the difference between physiotherapy and occupational therapy?',
        'Physiotherapy focuses on movement, strength, balance and pain; occupational therapy focuses on the skills of daily life, such as hand function, dressing and returning to work. Many people benefit from both.',
      ],
      [
        'How long does rehabilitation take?',
        'It depends on the problem: a stiff neck may improve in a few weeks, while recovery after a stroke continues for months. Regular sessions and doing the home exercises make the biggest difference.',
      ],
    ],
  },
  zh: {
    focus: '肌肉骨骼疼痛、中風復健與運動治療',
    selfCare: [
      '維持溫和的活動，避免長時間臥床',
      '每坐半小時就起來伸展幾分鐘',
      '在肌肉僵硬處熱敷',
      '調整桌椅，讓螢幕與視線同高、雙腳平放在地面',
    ],
    redFlags: [
      '出現新的無力、胯下麻木或無法控制小便',
      '疼痛合併發燒、不明原因體重減輕，或夜間疼痛無法緩解',
      '臉部、手或腳突然出現新的無力',
    ],
    faqs: [
      [
        '物理治療和職能治療有什麼不同？',
        '物理治療著重在動作、肌力、平衡與疼痛；職能治療著重在日常生活所需的能力，例如手部功能、穿衣與重返職場。很多人兩者都需要。',
      ],
      [
        '復健要做多久？',
        '依問題而定：肩頸僵硬可能幾週就改善，中風後的恢復則會持續好幾個月。規律復健並確實做居家運動，是最重要的關鍵。',
      ],
    ],
  },
};
