
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `ኣብዚ መሳርሒ'ውን`,
'ns.channel.app': `ኣብዚ ጥራይ፣ ኣብ መርበብ ቤት ትምህርቲ`,
'ns.channel.email': `ኢመይል`,
'ns.channel.phone': `ካብ ቤት ትምህርቲ ዝመጽእ ናይ ተሌፎን ጻውዒት`,
'ns.channel.push': `ኣብዚ መሳርሒ መፍለጥታት`,
'ns.channel.sms': `ጽሑፍ መልእኽቲ`,
'ns.channels': `ብዚ መንገዲ ሓብሩኒ`,
'ns.delay': `መልእኽቲ ከይተነበ ክንድዚ ግዜ እንተጸኒሑ ሓብሩኒ፦`,
'ns.delay.day1': `1 መዓልቲ`,
'ns.delay.district': str`ምርጫ ቤት ትምህርቲ (${0})`,
'ns.delay.hour1': `1 ሰዓት`,
'ns.delay.hours2': `2 ሰዓት`,
'ns.delay.hours4': `4 ሰዓት`,
'ns.deviceAdded': `እዚ መሳርሒ'ውን መፍለጥታት ክረክብ እዩ።`,
'ns.failure.forbidden': `ነዚ ኣብዚ ክትገብሩ ኣይፍቀደልኩምን። እንደገና ክትኣትዉ ፈትኑ።`,
'ns.failure.load': `ምድላዋትኩም ክንጽዕን ኣይከኣልናን። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።`,
'ns.failure.network': `ምድላዋትኩም ክንጽዕን ኣይከኣልናን። ርክብ መርበብኩም ፈትሹ እሞ እንደገና ፈትኑ።`,
'ns.failure.save': `ነዚ ክንዕቅቦ ኣይከኣልናን። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።`,
'ns.failure.saveNetwork': `ነዚ ክንዕቅቦ ኣይከኣልናን። ርክብ መርበብኩም ፈትሹ እሞ እንደገና ፈትኑ።`,
'ns.form.invalid': `ኣብቲ ቅጥዒ ዘይቅኑዕ ነገር ኣሎ። ፈትሽዎ እሞ እንደገና ፈትኑ።`,
'ns.form.quietMissing': `ሰዓታት ዕረፍቲ መዓስ ከም ዝጅምሩን መዓስ ከም ዝውድኡን ምረጹ።`,
'ns.form.quietSame': `ሰዓታት ዕረፍቲ ብዝተፈላለየ ግዜ ክጅምሩን ክውድኡን ኣለዎም።`,
'ns.hint.app': `ዋላ ሓንቲ ኣይንሰድድን። መልእኽታት ኣብዚ ይጽበዩኹም።`,
'ns.hint.email': str`ናብ ${0}`,
'ns.hint.phone': `ዋላ ሓንቲ ኣይንሰድድን። ቤት ትምህርቲ ክድውለልኩም ይኽእል እዩ።`,
'ns.hint.pushAsk': `ብራውዘርኩም ከተፍቅድዎም ክሓተኩም እዩ።`,
'ns.hint.pushMany': str`ክሳብ ሕጂ ኣብ ${0} መሳርሒታት።`,
'ns.hint.pushOne': `ክሳብ ሕጂ ኣብ 1 መሳርሒ።`,
'ns.hint.sms': str`ናብ ${0}`,
'ns.intro': `ዘየንበብኩምዎ መልእኽቲ ክጽበየኩም ከሎ፡ ክንሕብረኩም ንኽእል ኢና።`,
'ns.loading': `ምድላዋትኩም ይጽዓኑ ኣለዉ…`,
'ns.na.blocked': `ንዚ መርበብ መፍለጥታት ተዓጽዮም ኣለዉ። ኣብ ምድላዋት ብራውዘርኩም ከተፍቅድዎም ትኽእሉ ኢኹም።`,
'ns.na.browser': `እዚ ብራውዘር መፍለጥታት ከርኢ ኣይክእልን።`,
'ns.na.noAddress': `ቤት ትምህርቲ ናይ ኢመይል ኣድራሻኹም የብላን። ሓደ ክውስኹ ሕተትዎም።`,
'ns.na.noNumber': `ቤት ትምህርቲ ቁጽሪ ሞባይልኩም የብላን። ሓደ ክውስኹ ሕተትዎም።`,
'ns.na.notSetUp': `ኣብዚ ቤት ትምህርቲ ገና ኣይተዳለወን።`,
'ns.push.denied': `መፍለጥታት ስለ ዘይተፈቕዱ ዝተቐየረ ነገር የለን። ኣፍቅድዎም፣ ወይ ካልእ መንገዲ ምረጹ።`,
'ns.push.failed': `ኣብዚ መሳርሒ መፍለጥታት ክንከፍት ኣይከኣልናን። ጸኒሕኩም እንደገና ፈትኑ፣ ወይ ካልእ መንገዲ ምረጹ።`,
'ns.push.unsupported': `እዚ ብራውዘር መፍለጥታት ከርኢ ኣይክእልን። ካልእ መንገዲ ምረጹ።`,
'ns.quiet': `ሰዓታት ዕረፍቲ`,
'ns.quietEnd': `ክሳብ`,
'ns.quietHint': `ኣብቲ ግዜ ዝመጽእ ክሳብ ሰዓታት ዕረፍቲ ዝውድኡ ይጽበ።`,
'ns.quietOn': `ኣብዞም ሰዓታት ምንም ኣይስደድ`,
'ns.quietStart': `ካብ`,
'ns.retry': `እንደገና ፈትኑ`,
'ns.save': `ዕቀቡ`,
'ns.saved': `ተዓቂቡ።`,
'ns.saving': `ይዕቀብ ኣሎ…`,
'ns.smsStopped': `STOP ኢልኩም ስለ ዝመለስኩም፡ ጽሑፍ መልእኽቲ ኣይንሰድድን። ከም ብሓድሽ ክትረኽቡ፡ ንሓደ ካብ መልእኽትና START ኢልኩም መልሱ።`,
'ns.title': `ብዛዕባ ሓደሽቲ መልእኽታት ብኸመይ ንሕብረኩም`,
'ns.zone': `ብሰዓትኩም፦`,
};
