/**
 * The words around an article (not the article itself) in the language it is written in: one
 * dictionary, so a Vietnamese article's page reads as Vietnamese from its header to its rail.
 */
import { siteConfig } from './config';
import type { Language } from './content/model';

/** The Share control's words (a client component: strings only). */
export interface ShareLabels {
  share: string;
  shareOn: string;
  shareNative: string;
  copyLink: string;
  linkCopied: string;
  linkCopiedStatus: string;
  opensInNewTab: string;
}

export interface ArticleStrings {
  backToNews: string;
  share: ShareLabels;
  minRead: (minutes: number) => string;
  /** Before the date of the last update. */
  updated: string;
  by: string;
  source: string;
  contents: string;
  moreInCategory: string;
  previous: string;
  next: string;
  /** The name of the previous/next navigation. */
  adjacent: string;
  inOtherLanguage: string;
  /** The language's own name, for a link to a translation into it. */
  languageName: string;
  /** BCP 47 locale for dates. */
  locale: string;
}

const dictionary: Record<Language, ArticleStrings> = {
  en: {
    backToNews: 'Back to news',
    share: {
      share: 'Share',
      shareOn: 'Share on',
      shareNative: 'Share…',
      copyLink: 'Copy link',
      linkCopied: 'Link copied',
      linkCopiedStatus: 'Link copied to the clipboard',
      opensInNewTab: '(opens in a new tab)',
    },
    minRead: (minutes) => `${minutes} min read`,
    updated: 'Updated',
    by: 'By',
    source: 'Source:',
    contents: 'Contents',
    moreInCategory: 'More in this category',
    previous: 'Previous in this category',
    next: 'Next in this category',
    adjacent: 'Previous and next in this category',
    inOtherLanguage: 'Also in',
    languageName: 'English',
    locale: siteConfig.locale,
  },
  vi: {
    backToNews: 'Quay lại tin tức',
    share: {
      share: 'Chia sẻ',
      shareOn: 'Chia sẻ lên',
      shareNative: 'Chia sẻ…',
      copyLink: 'Sao chép liên kết',
      linkCopied: 'Đã sao chép',
      linkCopiedStatus: 'Đã sao chép liên kết vào bộ nhớ tạm',
      opensInNewTab: '(mở trong thẻ mới)',
    },
    minRead: (minutes) => `${minutes} phút đọc`,
    updated: 'Cập nhật',
    by: 'Tác giả',
    source: 'Nguồn:',
    contents: 'Mục lục',
    moreInCategory: 'Cùng chuyên mục',
    previous: 'Bài trước trong chuyên mục',
    next: 'Bài sau trong chuyên mục',
    adjacent: 'Bài trước và bài sau trong chuyên mục',
    inOtherLanguage: 'Đọc bằng',
    languageName: 'Tiếng Việt',
    locale: 'vi-VN',
  },
};

export function articleStrings(lang: Language): ArticleStrings {
  return dictionary[lang];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "14 March 2026" or "14 tháng 3, 2026", in the site's time zone. */
export function formatDateIn(lang: Language, date: Date): string {
  const { locale } = dictionary[lang];
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: siteConfig.timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
