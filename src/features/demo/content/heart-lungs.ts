/** Demo content: Cardiology and Pulmonology. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const cardiology: DepartmentContent = {
  slug: 'cardiology',
  weight: 1.2,
  topics: [
    {
      en: {
        name: 'palpitations',
        label: 'Heart palpitations',
        titles: ['Heart racing for no reason', 'Skipped heartbeats'],
        details: [
          'The heart suddenly beats fast or seems to skip a beat, then settles within a minute or two.',
          'It often happens when lying down at night.',
          'There is no chest pain, but there is a brief feeling of unease.',
          'It seems worse after strong tea or coffee.',
        ],
        note: 'Palpitations are common and are often related to caffeine, stress, lack of sleep or extra beats that are usually harmless, but some heart rhythm problems and thyroid conditions feel similar, so the pattern of the episodes matters.',
        check: 'an electrocardiogram (ECG), and a 24-hour Holter monitor or blood tests if needed',
      },
      zh: {
        name: '心悸',
        label: '心悸',
        titles: ['心臟突然跳很快', '心跳好像漏一拍'],
        details: [
          '心臟會突然跳很快，或好像漏跳一拍，一兩分鐘後又恢復。',
          '常常是晚上躺下來的時候發生。',
          '沒有胸痛，但會有一下子很不安的感覺。',
          '喝了濃茶或咖啡之後好像比較明顯。',
        ],
        note: '心悸很常見，常與咖啡因、壓力、睡眠不足或多半無害的早期收縮有關，但部分心律不整和甲狀腺問題也會有類似感覺，所以發作的模式很重要。',
        check: '心電圖，必要時安排24小時心電圖或抽血',
      },
    },
    {
      en: {
        name: 'chest tightness when climbing stairs',
        label: 'Chest tightness on exertion',
        titles: ['Chest feels tight on the stairs', 'Chest pressure when walking fast'],
        details: [
          'Climbing two or three flights of stairs brings on a pressing feeling in the middle of the chest.',
          'It eases after a few minutes of rest.',
          'Sometimes the discomfort spreads toward the left shoulder.',
          'There is no pain at rest.',
        ],
        note: "Chest discomfort that comes on with exertion and eases with rest should always be checked promptly: muscles, the lungs or the stomach can be responsible, but the heart's blood supply needs to be assessed first.",
        check: 'an ECG, blood tests and, if needed, an exercise test or cardiac imaging',
      },
      zh: {
        name: '活動時胸悶',
        label: '爬樓梯胸悶',
        titles: ['爬樓梯會胸悶', '走快一點胸口就緊'],
        details: [
          '爬兩、三層樓梯，胸口中間就會有壓迫感。',
          '休息幾分鐘後會慢慢緩解。',
          '有時候不舒服的感覺會往左肩延伸。',
          '靜止休息時不會痛。',
        ],
        note: '活動時出現、休息後緩解的胸部不適，一定要盡快檢查；雖然肌肉、肺部或腸胃也可能造成，但必須先評估心臟的血流狀況。',
        check: '心電圖、抽血，必要時安排運動心電圖或心臟影像檢查',
      },
      ages: ['40-49', '50-59', '60-69', '70-79', '80-89'],
    },
    {
      en: {
        name: 'breathlessness when lying flat',
        label: 'Short of breath lying down',
        titles: ['Need more pillows to breathe', 'Breathless at night'],
        details: [
          'Sleeping flat has become uncomfortable, so an extra pillow is needed.',
          'Twice now there has been waking at night needing to sit up for air.',
          'The ankles also look a bit puffy.',
          'Walking the usual distance feels harder than before.',
        ],
        note: 'Breathlessness that is worse when lying flat can have causes in the lungs or in the heart, including a weaker pumping action; it should be evaluated soon rather than watched.',
        check: 'an examination, an ECG, a chest X-ray, blood tests and an echocardiogram if needed',
      },
      zh: {
        name: '平躺時呼吸喘',
        label: '躺平就喘',
        titles: ['晚上躺平會喘', '要墊高枕頭才好睡'],
        details: [
          '最近躺平睡覺不舒服，要多墊一個枕頭。',
          '有兩次半夜醒來要坐起來才比較好呼吸。',
          '腳踝看起來也有點腫。',
          '走平常的距離比以前更喘。',
        ],
        note: '平躺時較喘，可能與肺部或心臟有關，包括心臟收縮力下降等情形，建議盡快評估，不宜只是觀察。',
        check: '身體檢查、心電圖、胸部X光、抽血，必要時安排心臟超音波',
      },
      ages: ['50-59', '60-69', '70-79', '80-89', '90+'],
      spans: ['recent'],
    },
    {
      en: {
        name: 'brief, sharp chest pains',
        label: 'Sharp chest pain',
        titles: ['Stabbing pain in the left chest', 'Chest pain for a few seconds'],
        details: [
          'The pain is a stabbing feeling on the left side that lasts only a few seconds.',
          'Pressing on the chest wall makes it a little worse.',
          'Taking a deep breath sometimes sets it off.',
          'It does not get worse when walking or climbing stairs.',
        ],
        note: 'Brief, sharp pains that change with breathing or with pressure on the chest often come from the muscles or joints of the chest wall, but chest pain has many possible causes and a basic heart check first is reasonable.',
        check: 'an examination and an ECG, with further tests if needed',
      },
      zh: {
        name: '胸口刺痛',
        label: '胸口刺痛',
        titles: ['左胸偶爾刺痛', '胸口一陣一陣刺痛'],
        details: [
          '左胸會像針刺一樣痛，只維持幾秒鐘。',
          '按壓胸口時會更痛一點。',
          '深呼吸有時會引發疼痛。',
          '走路或爬樓梯時並不會更嚴重。',
        ],
        note: '短暫、會隨呼吸或按壓改變的刺痛，常來自胸壁的肌肉或關節，但胸痛的可能原因很多，先做基本的心臟評估是合理的。',
        check: '身體檢查與心電圖，必要時再做進一步檢查',
      },
    },
  ],
  en: {
    focus: 'palpitations, chest pain, high blood pressure and heart failure',
    selfCare: [
      'write down when the symptoms start, how long they last and what was happening at the time',
      'cut down on coffee, strong tea and energy drinks',
      'measure blood pressure and pulse at home and keep a record',
      'avoid strenuous exercise',
    ],
    redFlags: [
      'chest pain lasts more than a few minutes or comes with sweating, nausea or breathlessness',
      'there is fainting or near-fainting',
      'breathing becomes difficult even at rest',
    ],
    faqs: [
      [
        'When should chest pain be treated as an emergency?',
        'Call an ambulance or go to the emergency department if chest pain is heavy or pressing, lasts more than a few minutes, or comes with sweating, breathlessness, nausea or fainting. Do not drive yourself.',
      ],
      [
        'How should I measure blood pressure at home?',
        'Sit quietly for five minutes with your back supported and your arm at heart level, and avoid coffee, smoking and exercise for 30 minutes beforehand. Take two readings in the morning and two in the evening, and bring the record to your visit.',
      ],
      [
        'What is a Holter monitor?',
        'It is a small recorder worn for 24 hours or longer that records your heart rhythm during daily life. It helps when symptoms such as palpitations come and go.',
      ],
    ],
  },
  zh: {
    focus: '心悸、胸痛、高血壓與心臟衰竭',
    selfCare: [
      '記錄症狀開始的時間、持續多久，以及當時在做什麼',
      '減少咖啡、濃茶與提神飲料',
      '在家量血壓與脈搏並做紀錄',
      '避免劇烈運動',
    ],
    redFlags: ['胸痛持續超過幾分鐘，或合併冒冷汗、噁心、喘', '出現昏倒或快要昏倒的情形', '休息時也呼吸困難'],
    faqs: [
      [
        '胸痛什麼時候要馬上就醫？',
        '若胸痛是悶痛或壓迫感、持續超過幾分鐘，或合併冒冷汗、喘、噁心、昏倒，請立即撥打119或到急診，不要自己開車。',
      ],
      [
        '在家怎麼正確量血壓？',
        '量之前先靜坐五分鐘，背部有支撐，手臂與心臟同高；量前30分鐘避免喝咖啡、抽菸與運動。建議早晚各量兩次並記錄，回診時帶給醫師。',
      ],
      [
        '什麼是24小時心電圖？',
        '是一個隨身攜帶的小型記錄器，在日常生活中連續記錄心跳節律24小時以上，適合用來評估心悸這類時有時無的症狀。',
      ],
    ],
  },
};

export const pulmonology: DepartmentContent = {
  slug: 'pulmonology',
  topics: [
    {
      en: {
        name: "a cough that won't go away",
        label: 'Persistent cough',
        titles: ['Cough for weeks', 'Dry cough that lingers'],
        details: [
          'The cough is mostly dry, with only a little clear phlegm.',
          'It is worse at night and first thing in the morning.',
          'Talking for a long time or breathing cold air sets it off.',
          'There is no fever, and appetite is normal.',
        ],
        note: 'A cough lasting more than three weeks is commonly linked to airways that stay sensitive after a cold, a postnasal drip, acid reflux, asthma or some blood pressure medicines, and occasionally to lung conditions that need an X-ray to rule out.',
        check: 'a chest X-ray and a lung function test, with other tests depending on the findings',
      },
      zh: {
        name: '咳嗽',
        label: '咳嗽',
        titles: ['咳了好幾週都沒好', '乾咳一直好不了'],
        details: [
          '大多是乾咳，只有少量透明的痰。',
          '晚上和早上起床時咳得比較厲害。',
          '講話講久了或吹到冷風就會咳。',
          '沒有發燒，胃口也正常。',
        ],
        note: '咳嗽超過三週，常見原因包括感冒後呼吸道持續敏感、鼻涕倒流、胃食道逆流、氣喘或某些降血壓藥，少數情況需要照X光排除肺部疾病。',
        check: '胸部X光與肺功能檢查，再依結果安排其他檢查',
      },
      flags: [1, 2],
    },
    {
      en: {
        name: 'breathlessness on exertion',
        label: 'Getting out of breath easily',
        titles: ['Out of breath on the stairs', 'Breathless more easily than before'],
        details: [
          'Walking uphill or climbing stairs now means stopping to catch {my} breath.',
          'There is sometimes a whistling sound when breathing out.',
          'There is a long history of smoking.',
          'It is worse in cold weather and when the air quality is poor.',
        ],
        note: 'Getting breathless more easily can come from the airways, as in asthma or chronic obstructive pulmonary disease (COPD), from the heart, from anemia or simply from low fitness; a lung function test is a simple first step.',
        check: 'a chest X-ray, a lung function test and, if needed, blood tests or heart checks',
      },
      zh: {
        name: '活動時容易喘',
        label: '容易喘',
        titles: ['爬樓梯就喘', '比以前容易喘'],
        details: [
          '走上坡或爬樓梯時，要停下來喘口氣。',
          '吐氣時偶爾會有咻咻聲。',
          '有多年的抽菸習慣。',
          '天氣冷或空氣品質差的時候比較嚴重。',
        ],
        note: '變得比較容易喘，可能來自呼吸道（例如氣喘、慢性阻塞性肺病）、心臟、貧血，或單純體能下降；肺功能檢查是簡單的第一步。',
        check: '胸部X光、肺功能檢查，必要時抽血或安排心臟檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      spans: ['chronic'],
      flags: [0],
    },
    {
      en: {
        name: 'a small lung nodule',
        label: 'Lung nodule found on a scan',
        titles: ['Nodule on my CT report', 'Lung nodule: what now?'],
        intro: [
          'A low-dose CT scan at a health check showed {name}, and the report says it should be followed up.',
          'A recent scan found {name} in the right lung.',
        ],
        details: [
          'The report says it is about 6 millimeters across.',
          'There is no cough or chest pain.',
          'A relative had lung cancer, which makes the news more frightening.',
          'The report recommends a repeat scan, but it is unclear when.',
        ],
        note: 'Small lung nodules are found often on CT scans, and most turn out to be harmless scars or old inflammation; the follow-up plan depends on size, appearance and personal risk, and is usually a repeat scan rather than immediate surgery.',
        check: 'a review of the images, a discussion of risk factors and a plan for follow-up scans',
      },
      zh: {
        name: '肺部小結節',
        label: '健檢發現肺結節',
        titles: ['電腦斷層發現肺結節', '肺結節該怎麼追蹤'],
        intro: ['健檢做低劑量電腦斷層，發現{name}，報告建議追蹤。', '最近的檢查在右肺發現{name}。'],
        details: [
          '報告寫大約0.6公分。',
          '沒有咳嗽或胸痛。',
          '家裡有親戚得過肺癌，看到報告很害怕。',
          '報告建議再追蹤，但不清楚多久要再做一次。',
        ],
        note: '電腦斷層常會發現肺部小結節，大多數是良性的疤痕或舊的發炎；後續怎麼追蹤，取決於大小、影像特徵與個人風險，多半是定期再做影像檢查，而不是馬上開刀。',
        check: '檢視影像、評估風險因子，並擬定後續追蹤計畫',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [1],
      care: [0, 1],
      concern: true,
    },
    {
      en: {
        name: 'wheezing at night',
        label: 'Wheezing at night',
        titles: ['Whistling breath at night', 'Chest feels tight and wheezy'],
        details: [
          'A whistling sound can be heard when breathing out, mostly after midnight.',
          'The chest feels tight, as if there is not enough air.',
          'It flares up when the weather changes.',
          'There were similar episodes in childhood.',
        ],
        note: 'Wheezing means the airways have narrowed; common reasons include asthma, airway sensitivity after an infection and allergies, and the right treatment depends on confirming the cause with tests.',
        check: 'a lung function test, possibly with a bronchodilator test, and a chest X-ray if needed',
      },
      zh: {
        name: '夜間喘鳴',
        label: '晚上呼吸有咻咻聲',
        titles: ['晚上呼吸有咻咻聲', '胸悶又喘'],
        details: [
          '半夜之後吐氣會聽到咻咻聲。',
          '胸口悶悶的，好像吸不到足夠的空氣。',
          '天氣變化時特別容易發作。',
          '小時候也有過類似的情形。',
        ],
        note: '喘鳴代表呼吸道變得狹窄，常見原因包括氣喘、感染後呼吸道敏感和過敏，需要透過檢查確認原因，才能選擇合適的治療。',
        check: '肺功能檢查（可能加做支氣管擴張劑測試），必要時照胸部X光',
      },
      flags: [0],
    },
  ],
  en: {
    focus: 'chronic cough, asthma, COPD and the follow-up of lung nodules',
    selfCare: [
      'avoid cigarette smoke, incense smoke and cooking fumes as much as possible',
      'wear a mask on days with poor air quality',
      'drink warm water and rest the voice',
      'sleep with the upper body slightly raised if lying flat makes things worse',
    ],
    redFlags: [
      'breathing becomes hard at rest or the lips turn bluish',
      'there is coughing up of blood',
      'a high fever comes with chest pain on breathing',
    ],
    faqs: [
      [
        'What is a lung function test?',
        'It measures how much air you can breathe in and out, and how fast. You blow into a tube as hard as you can a few times; it is painless and takes about 15 to 30 minutes.',
      ],
      [
        'When does a cough need a doctor?',
        'See a doctor if a cough lasts more than three weeks, if you cough up blood, lose weight without trying or have night sweats, or if breathing becomes difficult.',
      ],
      [
        'Does air pollution affect the lungs?',
        'Yes. Fine particles irritate the airways and can worsen asthma and COPD. On days with poor air quality, limit outdoor exercise and consider wearing a mask.',
      ],
    ],
  },
  zh: {
    focus: '慢性咳嗽、氣喘、慢性阻塞性肺病與肺結節追蹤',
    selfCare: [
      '盡量避開菸味、燒香的煙和油煙',
      '空氣品質不好的日子出門戴口罩',
      '多喝溫開水，讓喉嚨休息',
      '把上半身稍微墊高，減少躺平時的不適',
    ],
    redFlags: ['休息時也很喘或嘴唇發紫', '咳出血來', '高燒並伴隨呼吸時胸痛'],
    faqs: [
      [
        '什麼是肺功能檢查？',
        '肺功能檢查用來測量能吸進、吐出多少空氣，以及吐氣的速度。檢查時要用力對著吹管吹氣幾次，不會痛，大約15到30分鐘。',
      ],
      [
        '咳嗽多久需要就醫？',
        '咳嗽超過三週、咳血、體重不明原因減輕、夜間盜汗，或出現呼吸困難時，都建議就醫檢查。',
      ],
      [
        '空氣汙染會影響肺嗎？',
        '會。細懸浮微粒會刺激呼吸道，讓氣喘和慢性阻塞性肺病惡化。空氣品質不佳的日子，建議減少戶外運動，外出可戴口罩。',
      ],
    ],
  },
};
