/** Demo content: Ophthalmology and Otolaryngology. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const ophthalmology: DepartmentContent = {
  slug: 'ophthalmology',
  topics: [
    {
      en: {
        name: 'floaters in the vision',
        label: 'Floaters in vision',
        titles: ['Black spots floating in vision', 'New floaters'],
        details: [
          'Small dark spots and threads drift across the vision, especially against a bright sky.',
          'They move when the eyes move.',
          'There have been no flashes of light.',
          'There is a high degree of short-sightedness.',
        ],
        note: 'Floaters are very common, especially with short-sightedness and age, and are usually due to changes in the gel inside the eye; a sudden increase, flashes of light or a shadow over part of the vision can mean a retinal tear and need urgent examination.',
        check: 'a dilated examination of the retina',
      },
      zh: {
        name: '飛蚊症',
        label: '眼前有黑點飄',
        titles: ['眼前有黑點飄來飄去', '突然出現飛蚊'],
        details: [
          '看明亮的天空時，會有小黑點和細絲在眼前飄。',
          '眼睛轉動時黑點也會跟著動。',
          '沒有看到閃光。',
          '有高度近視。',
        ],
        note: '飛蚊症很常見，高度近視和年紀增長的人尤其多，通常是眼球內玻璃體的變化；但如果飛蚊突然變多、出現閃光，或視野有一塊像被遮住，可能是視網膜裂孔，需要緊急檢查。',
        check: '散瞳後的視網膜檢查',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      care: [],
    },
    {
      en: {
        name: 'dry, tired eyes',
        label: 'Dry, tired eyes',
        titles: ['Eyes feel dry and gritty', 'Eyes tired after screen work'],
        details: [
          'The eyes feel gritty and burn by the end of the workday.',
          'Vision blurs a little and clears after blinking.',
          'Air-conditioning makes it worse.',
          'Contact lenses are worn for about ten hours a day.',
        ],
        note: 'Dry, tired eyes are very common with long screen time, air-conditioning and contact lens wear, and often improve with regular breaks, blinking and lubricating drops; persistent redness, pain or blurred vision should be examined.',
        check: 'an eye examination including tests of the tear film and eye surface',
      },
      zh: {
        name: '眼睛乾澀疲勞',
        label: '眼睛乾澀',
        titles: ['眼睛又乾又澀', '看電腦眼睛很累'],
        details: [
          '下班前眼睛就會有砂砂、灼熱的感覺。',
          '視線會有點模糊，眨眨眼就清楚了。',
          '吹冷氣時更嚴重。',
          '每天戴隱形眼鏡大約十個小時。',
        ],
        note: '長時間看螢幕、吹冷氣和配戴隱形眼鏡，都很容易造成眼睛乾澀疲勞，定時休息、多眨眼和使用人工淚液常能改善；若持續紅、痛或視力模糊，就需要檢查。',
        check: '眼睛檢查，包括淚液與角膜表面檢查',
      },
      ages: ['10-19', '20-29', '30-39', '40-49', '50-59'],
      flags: [1],
      care: [0, 1, 2],
    },
    {
      en: {
        name: 'gradually blurred vision',
        label: 'Gradually blurred vision',
        titles: ['Vision getting cloudy', 'Glare from headlights at night'],
        details: [
          'Everything looks a little foggy, as if through a dirty window.',
          'Headlights at night cause a lot of glare.',
          'New glasses did not help much.',
          'Reading the newspaper has become harder.',
        ],
        note: 'Gradual clouding of vision with glare is common with age and is often related to cataracts, but other eye conditions such as glaucoma or macular problems can also reduce vision, so a full eye examination is important.',
        check: 'a vision test, eye pressure measurement and an examination of the lens and retina',
      },
      zh: {
        name: '視力慢慢模糊',
        label: '視力越來越模糊',
        titles: ['看東西霧霧的', '晚上開車覺得車燈很刺眼'],
        details: [
          '看什麼都霧霧的，好像隔著一層髒玻璃。',
          '晚上對向車燈特別刺眼。',
          '換了新眼鏡也沒什麼幫助。',
          '看報紙變得比較吃力。',
        ],
        note: '隨著年紀增長，視力逐漸變霧、容易眩光很常見，常與白內障有關，但青光眼或黃斑部病變等其他眼疾也會讓視力變差，因此完整的眼科檢查很重要。',
        check: '視力檢查、眼壓測量，以及水晶體與視網膜檢查',
      },
      ages: ['50-59', '60-69', '70-79', '80-89', '90+'],
      spans: ['chronic'],
      flags: [0, 1],
      care: [],
    },
    {
      en: {
        name: 'controlling short-sightedness',
        label: 'Short-sightedness getting worse in a child',
        titles: ['Myopia increasing fast', 'Failed the school eye check again'],
        intro: ['{subj} failed the school eye check again, and I would like advice on {name}.'],
        details: [
          'The glasses prescription went up by about one diopter (100 degrees) in a year.',
          'After school there are several hours of homework and tablet use.',
          'Time outdoors is less than an hour a day.',
          'Both parents are short-sighted.',
        ],
        note: 'Short-sightedness in children tends to increase during the school years; more time outdoors, regular breaks from close work and, where appropriate, treatments such as low-dose atropine drops or special lenses can slow it down.',
        check:
          'a vision test with dilating drops, a measurement of eye length and a discussion of myopia control options',
      },
      zh: {
        name: '近視控制',
        label: '孩子近視加深',
        titles: ['近視度數增加很快', '學校視力檢查又沒過'],
        intro: ['{我}學校視力檢查又沒過，想請教{name}的問題。'],
        details: [
          '一年內近視增加了100度。',
          '放學後要寫好幾個小時功課，也常用平板。',
          '每天在戶外的時間不到一小時。',
          '爸媽都有近視。',
        ],
        note: '孩子的近視在求學階段容易持續加深；多到戶外活動、近距離用眼時定時休息，必要時搭配低濃度散瞳劑或特殊鏡片等方式，都可以減緩近視加深。',
        check: '散瞳驗光、眼軸長度測量，並討論近視控制的選擇',
      },
      ages: ['0-9', '10-19'],
      flags: [0],
      care: [0, 3],
      concern: true,
    },
  ],
  en: {
    focus: 'cataracts, dry eye, retinal problems and myopia control in children',
    selfCare: [
      'follow the 20-20-20 habit: every 20 minutes, look at something far away for 20 seconds',
      'use preservative-free artificial tears if the eyes feel dry',
      'avoid rubbing the eyes',
      'spend more time outdoors in daylight',
    ],
    redFlags: [
      'there is sudden loss of vision, a curtain over part of the vision, or many new floaters with flashes',
      'the eye becomes very red and painful with a headache or vomiting',
      'a chemical splashes into the eye (rinse it with plenty of water first)',
    ],
    faqs: [
      [
        'How often should I have an eye check?',
        'Adults without eye problems benefit from a check every one to two years after 40, and more often with diabetes, high myopia or a family history of glaucoma. Children should have their vision checked regularly at school and whenever a problem is suspected.',
      ],
      [
        'Do blue-light glasses prevent eye strain?',
        'Evidence that they prevent eye strain is limited. Regular breaks, good lighting, a comfortable screen distance and blinking usually help more.',
      ],
    ],
  },
  zh: {
    focus: '白內障、乾眼症、視網膜疾病與兒童近視控制',
    selfCare: [
      '用眼30分鐘就休息10分鐘，看看遠方',
      '在眼睛乾澀時使用不含防腐劑的人工淚液',
      '避免揉眼睛',
      '多到戶外接觸自然光',
    ],
    redFlags: [
      '突然看不見、視野像被布幕遮住，或飛蚊突然大量增加並有閃光',
      '眼睛又紅又痛，合併頭痛或嘔吐',
      '化學物質噴入眼睛（請先用大量清水沖洗）',
    ],
    faqs: [
      [
        '多久要做一次眼睛檢查？',
        '沒有眼睛問題的成人，40歲以後建議每一到兩年檢查一次；有糖尿病、高度近視或青光眼家族史的人要更頻繁。孩子則應定期接受學校視力檢查，有疑慮時就醫。',
      ],
      [
        '抗藍光眼鏡能預防眼睛疲勞嗎？',
        '目前證據有限。定時休息、充足的照明、適當的螢幕距離與多眨眼，通常幫助更大。',
      ],
    ],
  },
};

export const otolaryngology: DepartmentContent = {
  slug: 'otolaryngology',
  weight: 1.1,
  topics: [
    {
      en: {
        name: 'ringing in the ears',
        label: 'Ringing in the ears',
        titles: ['Constant ringing in one ear', 'Buzzing in the ears at night'],
        details: [
          'It is a high-pitched ringing, most noticeable in a quiet room at night.',
          'It is mainly in the left ear.',
          'Hearing seems slightly duller on that side.',
          'There was a loud concert shortly before it started.',
        ],
        note: 'Ringing in the ears is common and is often linked to noise exposure, age-related hearing changes, earwax or stress; ringing in one ear with hearing loss, especially if it came on suddenly, should be checked quickly because early treatment matters.',
        check: 'an ear examination and a hearing test, with further tests if needed',
      },
      zh: {
        name: '耳鳴',
        label: '耳鳴',
        titles: ['一邊耳朵一直耳鳴', '晚上耳朵嗡嗡叫'],
        details: [
          '是高頻的嗡嗡聲，晚上安靜的房間裡最明顯。',
          '主要在左耳。',
          '那一邊的聽力好像有點變差。',
          '開始之前剛去聽了一場很大聲的演唱會。',
        ],
        note: '耳鳴很常見，常和噪音、年紀造成的聽力變化、耳垢或壓力有關；單側耳鳴合併聽力下降，尤其是突然發生的，要盡快檢查，因為及早治療很重要。',
        check: '耳朵檢查與聽力檢查，必要時再做進一步檢查',
      },
      flags: [0],
      care: [2],
    },
    {
      en: {
        name: 'loud snoring',
        label: 'Loud snoring',
        titles: ['Snoring keeps the family awake', 'Snoring and daytime sleepiness'],
        details: [
          'The snoring can be heard from the next room.',
          'A family member has noticed pauses in breathing during sleep.',
          'There is daytime sleepiness, even after a full night in bed.',
          'Weight has gone up over the past few years.',
        ],
        note: 'Snoring is common, but loud snoring with pauses in breathing and daytime sleepiness can be a sign of obstructive sleep apnea, which is linked to high blood pressure and heart problems and can be treated effectively.',
        check: 'an examination of the nose and throat, and a sleep study if needed',
      },
      zh: {
        name: '打鼾',
        label: '打呼很大聲',
        titles: ['打呼吵得家人睡不著', '打鼾又白天很想睡'],
        details: [
          '打呼聲在隔壁房間都聽得到。',
          '家人發現睡覺時會停止呼吸一下子。',
          '就算睡滿整晚，白天還是很想睡。',
          '這幾年體重增加不少。',
        ],
        note: '打鼾很常見，但鼾聲很大、睡覺時呼吸暫停，再加上白天嗜睡，可能是阻塞型睡眠呼吸中止症，這和高血壓、心臟問題有關，而且可以有效治療。',
        check: '鼻腔與咽喉檢查，必要時安排睡眠檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['chronic'],
      flags: [],
      care: [3],
    },
    {
      en: {
        name: 'a hoarse voice',
        label: 'Hoarse voice',
        titles: ['Voice hoarse for weeks', 'Voice keeps giving out'],
        details: [
          'The voice becomes hoarse by the afternoon, especially after talking a lot.',
          'Work involves teaching or talking for many hours.',
          'There is a feeling of something stuck in the throat.',
          'There is no pain when swallowing.',
        ],
        note: 'Hoarseness is often caused by voice strain, colds or acid reflux and usually improves with voice rest; hoarseness lasting more than two to three weeks, especially in smokers, should be checked by looking at the vocal cords.',
        check: 'an examination of the throat and vocal cords with a small scope',
      },
      zh: {
        name: '聲音沙啞',
        label: '聲音沙啞',
        titles: ['聲音沙啞好幾週', '聲音一直啞啞的'],
        details: [
          '到了下午聲音就會沙啞，話說多了更明顯。',
          '工作需要教課或講很多話。',
          '喉嚨有異物卡住的感覺。',
          '吞東西時不會痛。',
        ],
        note: '聲音沙啞常見的原因是用聲過度、感冒或胃酸逆流，讓聲帶休息通常會改善；沙啞超過兩到三週，尤其是有抽菸習慣的人，應該用內視鏡檢查聲帶。',
        check: '用細小的內視鏡檢查喉嚨與聲帶',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [1],
      care: [1],
    },
    {
      en: {
        name: 'a blocked nose with thick discharge',
        label: 'Blocked nose and thick nasal discharge',
        titles: ['Nose blocked for weeks', 'Yellow mucus and pressure in the face'],
        details: [
          'Thick yellow-green mucus runs down the back of the throat.',
          'There is pressure around the cheeks that gets worse when bending forward.',
          'The sense of smell has weakened.',
          'It started after a cold.',
        ],
        note: 'A blocked nose with thick discharge and facial pressure after a cold is often due to sinus inflammation, which frequently improves with saline rinses and time; symptoms lasting beyond ten days, or worsening again after improving, may need treatment.',
        check: 'an examination of the nose with a small scope, and imaging if needed',
      },
      zh: {
        name: '鼻塞、濃鼻涕',
        label: '鼻塞又流濃鼻涕',
        titles: ['鼻塞好幾週', '黃鼻涕加上臉頰悶脹'],
        details: [
          '黃綠色的濃鼻涕一直往喉嚨後面流。',
          '臉頰附近悶悶脹脹的，低頭時更明顯。',
          '嗅覺變差了。',
          '是感冒之後開始的。',
        ],
        note: '感冒後出現鼻塞、濃鼻涕和臉部悶脹，常是鼻竇發炎，很多在洗鼻與時間下會改善；若超過十天沒有好轉，或好轉後又變嚴重，可能需要治療。',
        check: '用鼻內視鏡檢查鼻腔，必要時安排影像檢查',
      },
      spans: ['recent'],
      flags: [],
      care: [0],
    },
  ],
  en: {
    focus: 'hearing and tinnitus, sinus problems, snoring and voice disorders',
    selfCare: [
      'rinse the nose with saline solution',
      'rest the voice and sip water often',
      'avoid loud noise and use ear protection when needed',
      'sleep on the side rather than on the back',
    ],
    redFlags: [
      'hearing in one ear drops suddenly',
      'there is difficulty breathing or swallowing, or drooling',
      'a nosebleed does not stop after 20 minutes of firm pressure',
    ],
    faqs: [
      [
        'Is sudden hearing loss an emergency?',
        'Yes. Sudden hearing loss in one ear should be seen within a few days, and the sooner the better, because early treatment gives the best chance of recovery.',
      ],
      [
        'Is it safe to clean ears with cotton swabs?',
        'It is better not to push swabs into the ear canal: they can push wax deeper or injure the eardrum. Ears usually clean themselves; see a doctor if they feel blocked.',
      ],
    ],
  },
  zh: {
    focus: '聽力與耳鳴、鼻竇問題、打鼾與嗓音疾病',
    selfCare: [
      '用生理食鹽水洗鼻',
      '讓聲音休息，並常常小口喝水',
      '避開吵雜環境，必要時戴耳塞保護聽力',
      '睡覺時改成側睡',
    ],
    redFlags: ['單耳聽力突然下降', '呼吸或吞嚥困難，或口水吞不下去', '流鼻血用力壓迫20分鐘仍止不住'],
    faqs: [
      [
        '突發性耳聾需要急診嗎？',
        '需要盡快處理。單耳聽力突然下降，最好在幾天內、越早越好就醫，因為及早治療最有機會恢復。',
      ],
      [
        '用棉花棒挖耳朵安全嗎？',
        '不建議把棉花棒伸進耳道，可能把耳垢推得更深或傷到耳膜。耳朵通常會自我清潔，覺得耳朵悶塞時請就醫。',
      ],
    ],
  },
};
