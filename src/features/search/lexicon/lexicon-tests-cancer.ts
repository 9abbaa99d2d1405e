/** Tests, imaging and cancer care: Oncology and the examinations every department orders. */
import { concept, type LexiconGroup } from './lexicon-term.ts';

export const TESTS_CANCER_GROUPS: readonly LexiconGroup[] = [
  // Tests and imaging
  concept('blood-test', {
    enLay: ['blood test', 'blood work', 'bloodwork', 'blood draw', 'having blood drawn'],
    enClinical: ['venipuncture', 'phlebotomy', 'blood examination'],
    zhLay: ['抽血', '驗血', '抽血檢查'],
    zhClinical: ['血液檢查', '抽血檢驗', '靜脈穿刺'],
  }),
  concept('complete-blood-count', {
    enLay: ['full blood count', 'blood count'],
    enClinical: ['complete blood count', 'CBC', 'FBC'],
    zhLay: ['血球檢查'],
    zhClinical: ['全血球計數', '血液常規'],
  }),
  concept('urine-test', {
    enLay: ['urine test', 'urine sample', 'pee test'],
    enClinical: ['urinalysis', 'urine analysis', 'urine culture'],
    zhLay: ['驗尿'],
    zhClinical: ['尿液檢查', '尿液分析', '尿液培養'],
  }),
  concept('ultrasound', {
    enLay: ['ultrasound', 'ultrasound scan', 'sonogram'],
    enClinical: ['ultrasonography', 'sonography', 'abdominal ultrasound'],
    zhLay: ['超音波', '照超音波'],
    zhClinical: ['超音波檢查', '腹部超音波'],
  }),
  concept('ct-scan', {
    enLay: ['CT scan', 'CAT scan', 'CT'],
    enClinical: [
      'computed tomography',
      'computerized tomography',
      'computerised tomography',
      'contrast-enhanced CT',
    ],
    zhLay: ['電腦斷層', '照電腦斷層', '斷層掃描'],
    zhClinical: ['電腦斷層掃描', '電腦斷層攝影', '顯影劑電腦斷層'],
  }),
  concept('mri', {
    enLay: ['MRI', 'MRI scan', 'MR scan'],
    enClinical: ['magnetic resonance imaging', 'magnetic resonance'],
    zhLay: ['核磁共振', '照核磁共振', '做MRI'],
    zhClinical: ['磁振造影', '核磁共振造影', '磁振造影檢查'],
  }),
  concept('pet-scan', {
    enLay: ['PET scan', 'PET-CT'],
    enClinical: ['positron emission tomography'],
    zhLay: ['正子攝影', '正子掃描'],
    zhClinical: ['正子斷層造影', '正子電腦斷層'],
  }),
  concept('contrast-agent', {
    enLay: ['contrast dye', 'dye for the scan'],
    enClinical: ['contrast medium', 'contrast agent', 'iodinated contrast'],
    zhLay: ['打顯影劑'],
    zhClinical: ['顯影劑', '對比劑'],
  }),
  concept('tumor-markers', {
    enLay: ['cancer blood test', 'cancer markers'],
    enClinical: ['tumor markers', 'tumour markers', 'CEA', 'AFP', 'CA-125', 'CA 19-9'],
    zhLay: ['腫瘤指數', '癌指數'],
    zhClinical: ['腫瘤標記', '腫瘤標誌', '癌胚抗原', '甲型胎兒蛋白'],
  }),
  concept('biopsy', {
    enLay: ['tissue sample', 'taking a sample of the lump'],
    enClinical: ['biopsy', 'needle biopsy', 'core needle biopsy', 'fine-needle aspiration', 'histopathology'],
    zhLay: ['切片', '做切片', '取組織化驗'],
    zhClinical: ['切片檢查', '組織切片', '病理切片', '細針抽吸'],
  }),
  concept('cancer-screening', {
    enLay: ['cancer check-up', 'cancer checkup'],
    enClinical: ['cancer screening', 'screening for cancer'],
    zhLay: ['四癌篩檢', '五癌篩檢'],
    zhClinical: ['癌症篩檢'],
  }),

  // Oncology
  concept('chemotherapy', {
    enLay: ['chemo', 'cancer drugs'],
    enClinical: ['chemotherapy', 'cytotoxic chemotherapy'],
    zhLay: ['化療', '打化療'],
    zhClinical: ['化學治療', '化學療法'],
  }),
  concept('radiotherapy', {
    enLay: ['radiation treatment', 'radiation for cancer'],
    enClinical: ['radiotherapy', 'radiation therapy', 'external beam radiotherapy'],
    zhLay: ['電療', '放療'],
    zhClinical: ['放射治療', '放射線治療'],
  }),
  concept('targeted-therapy', {
    enLay: ['targeted drugs', 'targeted cancer pills'],
    enClinical: ['targeted therapy', 'tyrosine kinase inhibitor', 'TKI'],
    zhLay: ['標靶藥', '吃標靶'],
    zhClinical: ['標靶治療', '標靶藥物'],
  }),
  concept('immunotherapy', {
    enLay: ['immunotherapy', 'immune therapy for cancer'],
    enClinical: ['immune checkpoint inhibitor', 'PD-1 inhibitor', 'cancer immunotherapy'],
    zhLay: ['免疫療法'],
    zhClinical: ['免疫治療', '免疫檢查點抑制劑', 'PD-1抑制劑'],
  }),
  concept('metastasis', {
    enLay: ['cancer has spread', 'cancer spread'],
    enClinical: ['metastasis', 'metastases', 'metastatic cancer', 'stage 4 cancer'],
    zhLay: ['癌細胞擴散', '癌症轉移'],
    zhClinical: ['遠端轉移', '轉移性癌症', '第四期癌症'],
  }),
  concept('palliative-care', {
    enLay: ['end-of-life care', 'comfort care', 'hospice'],
    enClinical: ['palliative care', 'hospice care', 'hospice and palliative care'],
    zhLay: ['安寧', '臨終照顧'],
    zhClinical: ['安寧療護', '安寧緩和醫療', '緩和醫療'],
  }),
  concept('neutropenia', {
    enLay: ['low white blood cells', 'low white count'],
    enClinical: ['neutropenia', 'leukopenia', 'febrile neutropenia'],
    zhLay: ['白血球低', '白血球太低'],
    zhClinical: ['白血球低下', '嗜中性球低下', '中性球低下'],
  }),
  concept('leukemia', {
    enLay: ['blood cancer'],
    enClinical: ['leukemia', 'leukaemia', 'acute myeloid leukemia', 'acute lymphoblastic leukemia'],
    zhLay: ['血癌'],
    zhClinical: ['白血病', '急性骨髓性白血病', '急性淋巴性白血病'],
  }),
  concept('lymphoma', {
    enLay: ['lymph node cancer', 'lymph cancer'],
    enClinical: ['lymphoma', 'Hodgkin lymphoma', 'non-Hodgkin lymphoma'],
    zhLay: ['淋巴癌'],
    zhClinical: ['淋巴瘤', '何杰金氏淋巴瘤', '非何杰金氏淋巴瘤'],
  }),
  concept('stomach-cancer', {
    enLay: ['stomach cancer'],
    enClinical: ['gastric cancer', 'gastric adenocarcinoma'],
    zhClinical: ['胃癌', '胃腺癌'],
  }),
  concept('esophageal-cancer', {
    enLay: ['food pipe cancer', 'gullet cancer'],
    enClinical: ['esophageal cancer', 'oesophageal cancer', 'esophageal carcinoma'],
    zhClinical: ['食道癌', '食道鱗狀細胞癌'],
  }),
  concept('pancreatic-cancer', {
    enLay: ['pancreas cancer'],
    enClinical: ['pancreatic cancer', 'pancreatic adenocarcinoma'],
    zhClinical: ['胰臟癌', '胰腺癌', '胰臟腺癌'],
  }),
  concept('bladder-cancer', {
    enLay: ['bladder cancer'],
    enClinical: ['urothelial carcinoma', 'transitional cell carcinoma'],
    zhClinical: ['膀胱癌', '泌尿上皮癌', '尿路上皮癌'],
  }),
  concept('cancer-fatigue', {
    enLay: ['tired from chemo', 'exhausted after chemo'],
    enClinical: ['cancer-related fatigue'],
    zhLay: ['化療後很累'],
    zhClinical: ['癌因性疲憊', '癌因性疲倦'],
  }),
];
