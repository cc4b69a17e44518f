
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}, {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} в ${1}`,
'cal.daysAgo': str`${0} дн. назад`,
'cal.inDays': str`через ${0} дн.`,
'cal.list.end': str`${0} и ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} мин`,
'cal.month.1': `января`,
'cal.month.10': `октября`,
'cal.month.11': `ноября`,
'cal.month.12': `декабря`,
'cal.month.2': `февраля`,
'cal.month.3': `марта`,
'cal.month.4': `апреля`,
'cal.month.5': `мая`,
'cal.month.6': `июня`,
'cal.month.7': `июля`,
'cal.month.8': `августа`,
'cal.month.9': `сентября`,
'cal.monthShort.1': `янв.`,
'cal.monthShort.10': `окт.`,
'cal.monthShort.11': `нояб.`,
'cal.monthShort.12': `дек.`,
'cal.monthShort.2': `февр.`,
'cal.monthShort.3': `мар.`,
'cal.monthShort.4': `апр.`,
'cal.monthShort.5': `мая`,
'cal.monthShort.6': `июн.`,
'cal.monthShort.7': `июл.`,
'cal.monthShort.8': `авг.`,
'cal.monthShort.9': `сент.`,
'cal.today': `сегодня`,
'cal.tomorrow': `завтра`,
'cal.weekday.0': `воскресенье`,
'cal.weekday.1': `понедельник`,
'cal.weekday.2': `вторник`,
'cal.weekday.3': `среда`,
'cal.weekday.4': `четверг`,
'cal.weekday.5': `пятница`,
'cal.weekday.6': `суббота`,
'cal.weekdayShort.0': `вс`,
'cal.weekdayShort.1': `пн`,
'cal.weekdayShort.2': `вт`,
'cal.weekdayShort.3': `ср`,
'cal.weekdayShort.4': `чт`,
'cal.weekdayShort.5': `пт`,
'cal.weekdayShort.6': `сб`,
'cal.yesterday': `вчера`,
};
