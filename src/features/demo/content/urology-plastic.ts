/** Demo content: Urology and Plastic Surgery. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const urology: DepartmentContent = {
  slug: 'urology',
  topics: [
    {
      en: {
        name: 'getting up at night to urinate',
        label: 'Waking at night to urinate',
        titles: ['Up three times a night to pee', 'Weak urine stream'],
        details: [
          '{pron} get{s} up three or four times every night to pass urine.',
          'The stream is weaker than before and takes a while to start.',
          'There is a feeling that the bladder has not fully emptied.',
          'Drinks are already limited in the evening.',
        ],
        note: 'Getting up at night to urinate becomes more common with age and can be related to an enlarged prostate in men, an overactive bladder, drinking late in the day, diabetes or heart and kidney conditions; the pattern over a few days helps identify the cause.',
        check:
          'a urine test, an examination, an ultrasound of the bladder and prostate, and a PSA blood test if appropriate',
      },
      zh: {
        name: '夜尿',
        label: '晚上一直起來尿尿',
        titles: ['一個晚上起來尿三次', '小便變得無力'],
        details: [
          '{他}每天晚上要起來小便三、四次。',
          '尿流比以前弱，要等一下才尿得出來。',
          '尿完還是覺得沒有解乾淨。',
          '晚上已經盡量少喝水了。',
        ],
        note: '夜尿隨年紀增長越來越常見，可能與男性攝護腺肥大、膀胱過動、晚上喝太多水、糖尿病或心臟、腎臟問題有關；記錄幾天的排尿狀況，有助於找出原因。',
        check: '驗尿、理學檢查、膀胱與攝護腺超音波，必要時抽血檢驗PSA',
      },
      gender: 'male',
      ages: ['50-59', '60-69', '70-79', '80-89'],
      spans: ['chronic'],
      flags: [0],
      care: [0, 2, 3],
    },
    {
      en: {
        name: 'burning when passing urine',
        label: 'Burning when urinating',
        titles: ['Burning and always needing to go', 'Painful urination again'],
        details: [
          'There is a burning pain at the end of passing urine.',
          'The urge to go comes every half hour, but only a little comes out.',
          'The urine looks cloudy and smells strong.',
          'It has happened several times this year.',
        ],
        note: 'Burning and frequent urination are often caused by a bladder infection, especially in women, though other conditions can feel similar; a urine test confirms it, and repeated infections are worth looking into for preventable causes.',
        check: 'a urine test and culture, with an ultrasound if infections keep coming back',
      },
      zh: {
        name: '小便灼熱刺痛',
        label: '小便會痛',
        titles: ['尿尿灼熱又一直想尿', '又是小便刺痛'],
        details: [
          '小便快結束時會有灼熱刺痛感。',
          '每半小時就想上廁所，但每次都只尿一點點。',
          '尿看起來混濁，味道很重。',
          '今年已經發生好幾次了。',
        ],
        note: '小便灼熱、頻尿常見的原因是膀胱發炎（泌尿道感染），女性尤其常見，但其他狀況也可能有類似感覺；驗尿可以確認，反覆發作則值得找出可以預防的原因。',
        check: '驗尿與尿液培養，若反覆感染再安排超音波',
      },
      gender: 'female',
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['acute', 'recent'],
      flags: [1],
      care: [0, 1, 2],
    },
    {
      en: {
        name: 'sudden pain in the side of the back',
        label: 'Sudden pain in the side of the back',
        titles: ['Severe pain in the side that comes in waves', 'Side pain and blood in the urine'],
        details: [
          'The pain comes in waves and spreads toward the groin.',
          'It was so strong that lying still was impossible.',
          'The urine looked slightly pink.',
          'Water intake is low on busy workdays.',
        ],
        note: 'Cramping pain in the side of the back that spreads to the groin, especially with blood in the urine, is often caused by a urinary stone; many small stones pass on their own, but pain control, imaging and checking for infection are important.',
        check: 'a urine test, an ultrasound or X-ray, and a CT scan if needed',
      },
      zh: {
        name: '腰側突然劇痛',
        label: '腰側突然劇痛',
        titles: ['腰側一陣一陣劇痛', '腰痛又有血尿'],
        details: [
          '痛是一陣一陣的，會往鼠蹊部延伸。',
          '痛到完全沒辦法躺著不動。',
          '尿看起來有點粉紅色。',
          '上班忙的時候水喝得很少。',
        ],
        note: '一陣一陣、從腰側延伸到鼠蹊部的絞痛，尤其合併血尿時，常見原因是泌尿道結石；很多小結石可以自行排出，但止痛、影像檢查以及確認有沒有感染都很重要。',
        check: '驗尿、超音波或X光，必要時安排電腦斷層',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      spans: ['acute'],
      flags: [1, 2],
      care: [0],
    },
    {
      en: {
        name: 'a raised PSA',
        label: 'High PSA on a blood test',
        titles: ['PSA 5.2: what next?', 'Prostate blood test came back high'],
        intro: ['A health check blood test showed {name} of 5.2.'],
        details: [
          'There are no urinary symptoms.',
          'The test was done the day after a long bicycle ride.',
          'An uncle had prostate cancer.',
          'It is unclear whether a biopsy is needed.',
        ],
        note: 'PSA can rise for several reasons, including an enlarged prostate, inflammation, recent ejaculation or cycling, and prostate cancer; a repeat test and an examination, sometimes with an MRI, help decide whether a biopsy is worthwhile.',
        check: 'a repeat PSA test, a prostate examination and, if needed, an MRI',
      },
      zh: {
        name: 'PSA偏高',
        label: '攝護腺指數PSA偏高',
        titles: ['PSA 5.2該怎麼辦', '攝護腺抽血指數偏高'],
        intro: ['健檢抽血發現{name}，數值是5.2。'],
        details: [
          '沒有任何排尿症狀。',
          '抽血前一天騎了很久的腳踏車。',
          '有一位叔叔得過攝護腺癌。',
          '不知道需不需要做切片。',
        ],
        note: 'PSA升高的原因有很多，包括攝護腺肥大、發炎、最近射精或騎腳踏車，以及攝護腺癌；重新抽血並接受檢查，有時加做核磁共振，可以幫助決定是否需要切片。',
        check: '重新檢驗PSA、攝護腺檢查，必要時安排核磁共振',
      },
      gender: 'male',
      ages: ['50-59', '60-69', '70-79'],
      flags: [],
      care: [],
      concern: true,
    },
  ],
  en: {
    focus: 'prostate problems, urinary tract infections, urinary stones and bladder control',
    selfCare: [
      'drink enough water through the day, but less in the two hours before bed',
      'avoid holding urine for long periods',
      'cut down on coffee, tea and alcohol, which irritate the bladder',
      'keep a record of how often and how much urine is passed for a few days',
    ],
    redFlags: [
      'no urine can be passed despite a full bladder',
      'a high fever and chills come with back pain',
      'there is heavy bleeding in the urine with clots',
    ],
    faqs: [
      [
        'Is getting up at night to urinate normal?',
        'Getting up once a night can be normal, especially with age. Getting up two or more times on most nights, or a weak stream, is worth discussing with a urologist.',
      ],
      [
        'How can I prevent kidney stones from coming back?',
        'Drinking enough water to pass about 2 liters of urine a day, limiting salt and processed meat, and having a stone analyzed to guide diet advice all reduce the chance of new stones.',
      ],
    ],
  },
  zh: {
    focus: '攝護腺問題、泌尿道感染、泌尿道結石與排尿控制',
    selfCare: [
      '白天喝足夠的水，睡前兩小時減少喝水',
      '避免憋尿太久',
      '減少咖啡、茶和酒等刺激膀胱的飲料',
      '連續幾天記錄排尿的次數與尿量',
    ],
    redFlags: ['膀胱脹卻完全尿不出來', '高燒、發冷合併腰痛', '血尿很嚴重並有血塊'],
    faqs: [
      [
        '晚上起來尿尿正常嗎？',
        '一個晚上起來一次可能是正常的，年紀大的人更常見。若經常起來兩次以上，或尿流變弱，值得和泌尿科醫師討論。',
      ],
      [
        '怎麼預防結石復發？',
        '每天喝足夠的水，讓尿量達到約2000毫升，減少鹽分與加工肉品，並分析結石成分來調整飲食，都可以降低再長結石的機會。',
      ],
    ],
  },
};

export const plasticSurgery: DepartmentContent = {
  slug: 'plastic-surgery',
  weight: 0.7,
  topics: [
    {
      en: {
        name: 'a raised, itchy scar',
        label: 'Raised, itchy scar',
        titles: ['Scar getting thicker', 'Itchy raised scar after surgery'],
        details: [
          'The scar from an operation last year has become thick and raised.',
          'It is itchy, especially when it gets warm.',
          'It is darker than the surrounding skin.',
          'Keloids run in the family.',
        ],
        note: 'Raised scars and keloids form when healing produces too much scar tissue; silicone gel or sheets, pressure, steroid injections and other treatments can flatten them, and early treatment usually works better.',
        check: 'an examination of the scar and a discussion of treatment options',
      },
      zh: {
        name: '疤痕凸起又癢',
        label: '疤痕凸起發癢',
        titles: ['疤痕越來越厚', '手術後疤痕凸起會癢'],
        details: [
          '去年開刀的疤痕變得又厚又凸。',
          '會癢，尤其是熱的時候。',
          '顏色比旁邊的皮膚深。',
          '家族裡有人是蟹足腫體質。',
        ],
        note: '傷口癒合時如果產生過多的疤痕組織，就會形成肥厚性疤痕或蟹足腫；矽膠凝膠或貼片、加壓、類固醇注射等方式可以讓疤痕變平，及早處理通常效果較好。',
        check: '檢查疤痕，並討論治療選擇',
      },
      spans: ['chronic'],
      flags: [0],
      care: [0, 1, 2, 3],
    },
    {
      en: {
        name: 'droopy upper eyelids',
        label: 'Droopy upper eyelids',
        titles: ['Eyelids drooping over the eyes', 'Heavy eyelids blocking vision'],
        details: [
          'The upper eyelid skin hangs over the lashes.',
          'The forehead is raised all day to see clearly, which causes headaches.',
          'Looking upward feels blocked.',
          'It has become more obvious over the past few years.',
        ],
        note: 'Droopy upper eyelids are common with age and can be due to extra skin or to a weakened lifting muscle; when vision is affected, surgery can help, and an assessment checks which part is responsible and rules out other causes.',
        check: 'an examination of the eyelids and eyelid muscle function, and a visual field test if needed',
      },
      zh: {
        name: '上眼皮下垂',
        label: '眼皮下垂',
        titles: ['眼皮垂下來蓋住眼睛', '眼皮沉重擋住視線'],
        details: [
          '上眼皮的皮膚垂到睫毛上。',
          '整天要抬眉毛才看得清楚，常常因此頭痛。',
          '往上看時覺得視線被擋住。',
          '這幾年越來越明顯。',
        ],
        note: '上眼皮下垂隨年紀增長很常見，可能是皮膚鬆弛過多，也可能是提眼瞼肌無力；影響視線時，手術可以改善，評估時會確認是哪個部分造成，並排除其他原因。',
        check: '眼皮與提眼瞼肌功能檢查，必要時做視野檢查',
      },
      ages: ['40-49', '50-59', '60-69', '70-79', '80-89'],
      spans: ['chronic'],
      flags: [],
      care: [3],
    },
    {
      en: {
        name: 'a burn on the hand',
        label: 'Hand burn that is not healing',
        intro: ['{subj} burned the back of a hand with hot oil {ago}.'],
        titles: ['Burn from hot oil', 'Blistered burn on the hand'],
        details: [
          'Hot oil splashed onto the back of the hand while cooking.',
          'A large blister formed and has now broken.',
          'The area is still red and weeping.',
          'It was rinsed under cold water at the time.',
        ],
        note: 'Small, superficial burns usually heal in one to two weeks with clean dressings, but larger burns, burns on the hands, face or joints, and burns that are deep, white or not improving should be assessed to reduce infection and scarring.',
        check: 'an assessment of the depth of the burn and proper wound dressing',
      },
      zh: {
        name: '手燙傷',
        label: '手燙傷傷口',
        intro: ['{我}{ago}煮菜時被熱油燙到手背。'],
        titles: ['被熱油噴到燙傷', '手燙傷起水泡'],
        details: [
          '煮菜時熱油噴到手背。',
          '起了一個大水泡，現在已經破了。',
          '傷口還是紅紅的，一直滲液。',
          '當下有用冷水沖。',
        ],
        note: '小範圍、淺層的燙傷通常一到兩週內可以癒合，但面積較大、在手部、臉部或關節的燙傷，或傷口深、呈白色、一直沒有好轉，都應該接受評估，以降低感染與留疤的機會。',
        check: '評估燙傷深度，並做適當的傷口換藥',
      },
      spans: ['acute', 'recent'],
      flags: [0, 1, 2],
      care: [0, 2],
    },
  ],
  en: {
    focus: 'scars and keloids, eyelid surgery, burns and wound reconstruction',
    selfCare: [
      'keep the wound or scar clean and moisturized',
      'protect the area from the sun to reduce darkening',
      'avoid scratching or picking at the area',
      'take photos that show how it changes over time',
    ],
    redFlags: [
      'the area becomes hot, swollen and increasingly painful, or pus appears',
      'a fever develops',
      'a burn is large or deep, or on the face, hands or genitals',
    ],
    faqs: [
      [
        'Is plastic surgery only cosmetic?',
        'No. Plastic surgeons also treat burns, difficult wounds, scars and injuries to the hand and face, and rebuild tissue after cancer surgery.',
      ],
      [
        'What is the first aid for a burn?',
        'Cool the burn under running water for about 15 to 30 minutes, gently remove clothing and jewelry near it, cover it with a clean cloth, and see a doctor for anything more than a small, superficial burn. Do not apply toothpaste or soy sauce.',
      ],
    ],
  },
  zh: {
    focus: '疤痕與蟹足腫、眼瞼手術、燒燙傷與傷口重建',
    selfCare: [
      '保持傷口或疤痕清潔並適度保濕',
      '做好防曬以減少色素沉澱',
      '避免抓、摳患部',
      '帶著能看出變化的照片去看診',
    ],
    redFlags: ['患部紅、腫、熱、越來越痛，或出現膿', '開始發燒', '燙傷面積大、很深，或在臉部、手部、會陰部'],
    faqs: [
      [
        '整形外科只做美容手術嗎？',
        '不是。整形外科也處理燒燙傷、難癒合的傷口、疤痕、手部與臉部外傷，以及癌症手術後的組織重建。',
      ],
      [
        '燙傷的第一步怎麼處理？',
        '記住「沖、脫、泡、蓋、送」：用流動的冷水沖15到30分鐘、小心脫去衣物與飾品、浸泡冷水、用乾淨的布覆蓋，再送醫。不要塗牙膏或醬油。',
      ],
    ],
  },
};
