/** Strings of the security pages (too many requests, request too large) in both languages. */
import type { Lang } from '../../db/schema.ts';

export interface SecurityMessages {
  rateLimitedTitle: string;
  rateLimited: (minutes: number) => string;
  rateLimitedWorkKept: string;
  tooLargeTitle: string;
  tooLarge: (kilobytes: number) => string;
  invalidTextTitle: string;
  invalidText: (fields: string) => string;
  back: string;
}

const en: SecurityMessages = {
  rateLimitedTitle: 'Too many attempts',
  rateLimited: (minutes) =>
    `We received too many requests from you in a short time. Please try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
  rateLimitedWorkKept:
    'Nothing you sent was saved this time. If you wrote a long text, go back in your browser: it is usually still in the form.',
  tooLargeTitle: 'Too much at once',
  tooLarge: (kilobytes) =>
    `What you sent is larger than this page accepts (${kilobytes} KB). Please shorten it.`,
  invalidTextTitle: 'Text we cannot store',
  invalidText: (fields) =>
    `Some text you sent (${fields}) contains a character that cannot be stored: a null character or a broken piece of an emoji or other character. Please go back, remove it (retyping the text usually helps) and send again.`,
  back: 'Back to the home page',
};

const zhTW: SecurityMessages = {
  rateLimitedTitle: '嘗試次數過多',
  rateLimited: (minutes) => `您在短時間內送出了太多次請求，請於 ${minutes} 分鐘後再試一次。`,
  rateLimitedWorkKept:
    '這次送出的內容沒有儲存。若您寫了較長的文字，請用瀏覽器的「上一頁」返回，內容通常仍保留在表單中。',
  tooLargeTitle: '送出的內容過大',
  tooLarge: (kilobytes) => `您送出的內容超過此頁面可接受的大小（${kilobytes} KB），請縮短後再送出。`,
  invalidTextTitle: '無法儲存的文字',
  invalidText: (fields) =>
    `您送出的文字（${fields}）含有無法儲存的字元：空字元，或不完整的表情符號或其他字元。請返回上一頁將它刪除（重新輸入通常即可），再送出一次。`,
  back: '回到首頁',
};

export const securityMessages: Record<Lang, SecurityMessages> = { en, 'zh-TW': zhTW };
