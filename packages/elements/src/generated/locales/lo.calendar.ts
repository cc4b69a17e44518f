
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}, {day}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0}, ${1}`,
'cal.daysAgo': str`${0} ມື້ກ່ອນ`,
'cal.inDays': str`ໃນອີກ ${0} ມື້`,
'cal.list.end': str`${0} ແລະ ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} ນາທີ`,
'cal.month.1': `ມັງກອນ`,
'cal.month.10': `ຕຸລາ`,
'cal.month.11': `ພະຈິກ`,
'cal.month.12': `ທັນວາ`,
'cal.month.2': `ກຸມພາ`,
'cal.month.3': `ມີນາ`,
'cal.month.4': `ເມສາ`,
'cal.month.5': `ພຶດສະພາ`,
'cal.month.6': `ມິຖຸນາ`,
'cal.month.7': `ກໍລະກົດ`,
'cal.month.8': `ສິງຫາ`,
'cal.month.9': `ກັນຍາ`,
'cal.monthShort.1': `ມ.ກ.`,
'cal.monthShort.10': `ຕ.ລ.`,
'cal.monthShort.11': `ພ.ຈ.`,
'cal.monthShort.12': `ທ.ວ.`,
'cal.monthShort.2': `ກ.ພ.`,
'cal.monthShort.3': `ມ.ນ.`,
'cal.monthShort.4': `ມ.ສ.`,
'cal.monthShort.5': `ພ.ພ.`,
'cal.monthShort.6': `ມິ.ຖ.`,
'cal.monthShort.7': `ກ.ລ.`,
'cal.monthShort.8': `ສ.ຫ.`,
'cal.monthShort.9': `ກ.ຍ.`,
'cal.today': `ມື້ນີ້`,
'cal.tomorrow': `ມື້ອື່ນ`,
'cal.weekday.0': `ວັນອາທິດ`,
'cal.weekday.1': `ວັນຈັນ`,
'cal.weekday.2': `ວັນອັງຄານ`,
'cal.weekday.3': `ວັນພຸດ`,
'cal.weekday.4': `ວັນພະຫັດ`,
'cal.weekday.5': `ວັນສຸກ`,
'cal.weekday.6': `ວັນເສົາ`,
'cal.weekdayShort.0': `ອາທິດ`,
'cal.weekdayShort.1': `ຈັນ`,
'cal.weekdayShort.2': `ອັງຄານ`,
'cal.weekdayShort.3': `ພຸດ`,
'cal.weekdayShort.4': `ພະຫັດ`,
'cal.weekdayShort.5': `ສຸກ`,
'cal.weekdayShort.6': `ເສົາ`,
'cal.yesterday': `ມື້ວານ`,
};
