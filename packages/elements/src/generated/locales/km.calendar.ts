
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} នៅ​ម៉ោង ${1}`,
'cal.daysAgo': str`${0} ថ្ងៃ​មុន`,
'cal.inDays': str`${0} ថ្ងៃទៀត`,
'cal.list.end': str`${0} និង ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} នាទី`,
'cal.month.1': `មករា`,
'cal.month.10': `តុលា`,
'cal.month.11': `វិច្ឆិកា`,
'cal.month.12': `ធ្នូ`,
'cal.month.2': `កុម្ភៈ`,
'cal.month.3': `មីនា`,
'cal.month.4': `មេសា`,
'cal.month.5': `ឧសភា`,
'cal.month.6': `មិថុនា`,
'cal.month.7': `កក្កដា`,
'cal.month.8': `សីហា`,
'cal.month.9': `កញ្ញា`,
'cal.monthShort.1': `មករា`,
'cal.monthShort.10': `តុលា`,
'cal.monthShort.11': `វិច្ឆិកា`,
'cal.monthShort.12': `ធ្នូ`,
'cal.monthShort.2': `កុម្ភៈ`,
'cal.monthShort.3': `មីនា`,
'cal.monthShort.4': `មេសា`,
'cal.monthShort.5': `ឧសភា`,
'cal.monthShort.6': `មិថុនា`,
'cal.monthShort.7': `កក្កដា`,
'cal.monthShort.8': `សីហា`,
'cal.monthShort.9': `កញ្ញា`,
'cal.today': `ថ្ងៃ​នេះ`,
'cal.tomorrow': `ថ្ងៃ​ស្អែក`,
'cal.weekday.0': `អាទិត្យ`,
'cal.weekday.1': `ច័ន្ទ`,
'cal.weekday.2': `អង្គារ`,
'cal.weekday.3': `ពុធ`,
'cal.weekday.4': `ព្រហស្បតិ៍`,
'cal.weekday.5': `សុក្រ`,
'cal.weekday.6': `សៅរ៍`,
'cal.weekdayShort.0': `អាទិត្យ`,
'cal.weekdayShort.1': `ចន្ទ`,
'cal.weekdayShort.2': `អង្គារ`,
'cal.weekdayShort.3': `ពុធ`,
'cal.weekdayShort.4': `ព្រហ`,
'cal.weekdayShort.5': `សុក្រ`,
'cal.weekdayShort.6': `សៅរ៍`,
'cal.yesterday': `ម្សិលមិញ`,
};
