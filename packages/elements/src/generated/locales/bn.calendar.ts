
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} এ ${1}`,
'cal.daysAgo': str`${0} দিন আগে`,
'cal.inDays': str`${0} দিনের মধ্যে`,
'cal.list.end': str`${0} এবং ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} মিনিট`,
'cal.month.1': `জানুয়ারি`,
'cal.month.10': `অক্টোবর`,
'cal.month.11': `নভেম্বর`,
'cal.month.12': `ডিসেম্বর`,
'cal.month.2': `ফেব্রুয়ারি`,
'cal.month.3': `মার্চ`,
'cal.month.4': `এপ্রিল`,
'cal.month.5': `মে`,
'cal.month.6': `জুন`,
'cal.month.7': `জুলাই`,
'cal.month.8': `আগস্ট`,
'cal.month.9': `সেপ্টেম্বর`,
'cal.monthShort.1': `জানু`,
'cal.monthShort.10': `অক্টো`,
'cal.monthShort.11': `নভে`,
'cal.monthShort.12': `ডিসে`,
'cal.monthShort.2': `ফেব`,
'cal.monthShort.3': `মার্চ`,
'cal.monthShort.4': `এপ্রি`,
'cal.monthShort.5': `মে`,
'cal.monthShort.6': `জুন`,
'cal.monthShort.7': `জুল`,
'cal.monthShort.8': `আগ`,
'cal.monthShort.9': `সেপ`,
'cal.today': `আজ`,
'cal.tomorrow': `আগামীকাল`,
'cal.weekday.0': `রবিবার`,
'cal.weekday.1': `সোমবার`,
'cal.weekday.2': `মঙ্গলবার`,
'cal.weekday.3': `বুধবার`,
'cal.weekday.4': `বৃহস্পতিবার`,
'cal.weekday.5': `শুক্রবার`,
'cal.weekday.6': `শনিবার`,
'cal.weekdayShort.0': `রবি`,
'cal.weekdayShort.1': `সোম`,
'cal.weekdayShort.2': `মঙ্গল`,
'cal.weekdayShort.3': `বুধ`,
'cal.weekdayShort.4': `বৃহস্পতি`,
'cal.weekdayShort.5': `শুক্র`,
'cal.weekdayShort.6': `শনি`,
'cal.yesterday': `গতকাল`,
};
