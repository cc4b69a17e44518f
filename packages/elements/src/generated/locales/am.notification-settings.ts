
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `በዚህ መሣሪያም`,
'ns.channel.app': `እዚህ ብቻ፣ በትምህርት ቤቱ ድረ ገጽ ላይ`,
'ns.channel.email': `ኢሜይል`,
'ns.channel.phone': `ከትምህርት ቤቱ የስልክ ጥሪዎች`,
'ns.channel.push': `በዚህ መሣሪያ ላይ ማሳወቂያዎች`,
'ns.channel.sms': `የጽሑፍ መልዕክት`,
'ns.channels': `በዚህ መንገድ ያሳውቁኝ`,
'ns.delay': `መልዕክት ሳይነበብ ይህን ያህል ጊዜ ከቆየ ያሳውቁኝ፦`,
'ns.delay.day1': `1 ቀን`,
'ns.delay.district': str`የትምህርት ቤቱ ምርጫ (${0})`,
'ns.delay.hour1': `1 ሰዓት`,
'ns.delay.hours2': `2 ሰዓት`,
'ns.delay.hours4': `4 ሰዓት`,
'ns.deviceAdded': `ይህ መሣሪያም ማሳወቂያዎችን ያገኛል።`,
'ns.failure.forbidden': `ይህን እዚህ ማድረግ አይፈቀድልዎትም። እንደገና ለመግባት ይሞክሩ።`,
'ns.failure.load': `ቅንብሮችዎን መጫን አልቻልንም። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።`,
'ns.failure.network': `ቅንብሮችዎን መጫን አልቻልንም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።`,
'ns.failure.save': `ይህን ማስቀመጥ አልቻልንም። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።`,
'ns.failure.saveNetwork': `ይህን ማስቀመጥ አልቻልንም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።`,
'ns.form.invalid': `በቅጹ ውስጥ ትክክል ያልሆነ ነገር አለ። ያረጋግጡና እንደገና ይሞክሩ።`,
'ns.form.quietMissing': `የእረፍት ሰዓታት መቼ እንደሚጀምሩና መቼ እንደሚያበቁ ይምረጡ።`,
'ns.form.quietSame': `የእረፍት ሰዓታት የሚጀምሩበትና የሚያበቁበት ጊዜ የተለያየ መሆን አለበት።`,
'ns.hint.app': `ምንም አንልክም። መልዕክቶች እዚህ ይጠብቁዎታል።`,
'ns.hint.email': str`ወደ ${0}`,
'ns.hint.phone': `ምንም አንልክም። ትምህርት ቤቱ ሊደውልልዎ ይችላል።`,
'ns.hint.pushAsk': `አሳሽዎ እንዲፈቅዱላቸው ይጠይቅዎታል።`,
'ns.hint.pushMany': str`እስካሁን በ${0} መሣሪያዎች ላይ።`,
'ns.hint.pushOne': `እስካሁን በ1 መሣሪያ ላይ።`,
'ns.hint.sms': str`ወደ ${0}`,
'ns.intro': `ያላነበቡት መልዕክት ሲጠብቅዎ ልናሳውቅዎ እንችላለን።`,
'ns.loading': `ቅንብሮችዎ እየተጫኑ ነው…`,
'ns.na.blocked': `ለዚህ ድረ ገጽ ማሳወቂያዎች ታግደዋል። በአሳሽዎ ቅንብሮች ውስጥ ሊፈቅዷቸው ይችላሉ።`,
'ns.na.browser': `ይህ አሳሽ ማሳወቂያዎችን ማሳየት አይችልም።`,
'ns.na.noAddress': `ትምህርት ቤቱ የእርስዎ የኢሜይል አድራሻ የለውም። እንዲጨምሩ ይጠይቋቸው።`,
'ns.na.noNumber': `ትምህርት ቤቱ የእርስዎ የሞባይል ቁጥር የለውም። እንዲጨምሩ ይጠይቋቸው።`,
'ns.na.notSetUp': `በዚህ ትምህርት ቤት ገና አይገኝም።`,
'ns.push.denied': `ማሳወቂያዎች ስላልተፈቀዱ ምንም አልተለወጠም። ይፍቀዱላቸው፣ ወይም ሌላ መንገድ ይምረጡ።`,
'ns.push.failed': `በዚህ መሣሪያ ላይ ማሳወቂያዎችን ማብራት አልቻልንም። ቆይተው እንደገና ይሞክሩ፣ ወይም ሌላ መንገድ ይምረጡ።`,
'ns.push.unsupported': `ይህ አሳሽ ማሳወቂያዎችን ማሳየት አይችልም። ሌላ መንገድ ይምረጡ።`,
'ns.quiet': `የእረፍት ሰዓታት`,
'ns.quietEnd': `እስከ`,
'ns.quietHint': `በዚያ ጊዜ የሚመጣው የእረፍት ሰዓታቱ እስኪያበቁ ይጠብቃል።`,
'ns.quietOn': `በእነዚህ ሰዓታት ምንም አይላክ`,
'ns.quietStart': `ከ`,
'ns.retry': `እንደገና ይሞክሩ`,
'ns.save': `ያስቀምጡ`,
'ns.saved': `ተቀምጧል።`,
'ns.saving': `በማስቀመጥ ላይ…`,
'ns.smsStopped': `STOP ብለው ስለመለሱ የጽሑፍ መልዕክት አንልክም። እንደገና ለማግኘት ከመልዕክቶቻችን ለአንዱ START ብለው ይመልሱ።`,
'ns.title': `ስለ አዲስ መልዕክቶች እንዴት እንደምናሳውቅዎ`,
'ns.zone': `በእርስዎ ሰዓት፦`,
};
