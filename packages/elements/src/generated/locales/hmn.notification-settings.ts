
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Ntawm lub cuab yeej no thiab`,
'ns.channel.app': `Tsuas yog ntawm no, hauv lub vev xaib ntawm tsev kawm ntawv`,
'ns.channel.email': `Email`,
'ns.channel.phone': `Xov tooj hu los ntawm tsev kawm ntawv`,
'ns.channel.push': `Ntawv ceeb toom ntawm lub cuab yeej no`,
'ns.channel.sms': `Ntawv xov tooj (SMS)`,
'ns.channels': `Qhia kuv los ntawm`,
'ns.delay': `Qhia kuv thaum ib tsab xov tseem tsis tau nyeem ntev li`,
'ns.delay.day1': `1 hnub`,
'ns.delay.district': str`Raws li tsev kawm ntawv xaiv (${0})`,
'ns.delay.hour1': `1 teev`,
'ns.delay.hours2': `2 teev`,
'ns.delay.hours4': `4 teev`,
'ns.deviceAdded': `Lub cuab yeej no yuav tau txais ntawv ceeb toom thiab.`,
'ns.failure.forbidden': `Koj tsis raug tso cai ua qhov no ntawm no. Sim nkag rau dua.`,
'ns.failure.load': `Peb rub tsis tau koj cov kev teeb tsa. Thov sim dua ib pliag ntxiv.`,
'ns.failure.network': `Peb rub tsis tau koj cov kev teeb tsa. Xyuas koj qhov kev sib txuas thiab sim dua.`,
'ns.failure.save': `Peb khaws tsis tau qhov no. Thov sim dua ib pliag ntxiv.`,
'ns.failure.saveNetwork': `Peb khaws tsis tau qhov no. Xyuas koj qhov kev sib txuas thiab sim dua.`,
'ns.form.invalid': `Muaj ib yam hauv daim ntawv tsis yog. Xyuas thiab sim dua.`,
'ns.form.quietMissing': `Xaiv thaum twg lub sijhawm so pib thiab xaus.`,
'ns.form.quietSame': `Lub sijhawm so yuav tsum pib thiab xaus rau sijhawm sib txawv.`,
'ns.hint.app': `Peb tsis xa dab tsi. Cov xov tos koj ntawm no.`,
'ns.hint.email': str`Rau ${0}`,
'ns.hint.phone': `Peb tsis xa dab tsi. Tsev kawm ntawv yuav hu tau rau koj.`,
'ns.hint.pushAsk': `Koj lub browser yuav nug kom koj tso cai rau cov ntawv ceeb toom.`,
'ns.hint.pushMany': str`Ntawm ${0} lub cuab yeej txog tam sim no.`,
'ns.hint.pushOne': `Ntawm 1 lub cuab yeej txog tam sim no.`,
'ns.hint.sms': str`Rau ${0}`,
'ns.intro': `Thaum muaj ib tsab xov tos koj thiab koj tseem tsis tau nyeem, peb qhia tau koj.`,
'ns.loading': `Tab tom rub koj cov kev teeb tsa…`,
'ns.na.blocked': `Ntawv ceeb toom raug thaiv rau lub vev xaib no. Koj tso cai tau hauv qhov chaw teeb tsa ntawm koj lub browser.`,
'ns.na.browser': `Lub browser no qhia tsis tau ntawv ceeb toom.`,
'ns.na.noAddress': `Tsev kawm ntawv tsis muaj koj tus email. Thov hais kom lawv ntxiv ib tug.`,
'ns.na.noNumber': `Tsev kawm ntawv tsis muaj koj tus xov tooj ntawm tes. Thov hais kom lawv ntxiv ib tug.`,
'ns.na.notSetUp': `Tseem tsis tau muaj siv ntawm lub tsev kawm ntawv no.`,
'ns.push.denied': `Ntawv ceeb toom tsis tau raug tso cai, yog li tsis muaj dab tsi hloov. Tso cai rau lawv, los sis xaiv lwm txoj kev.`,
'ns.push.failed': `Peb qhib tsis tau ntawv ceeb toom ntawm lub cuab yeej no. Sim dua tom qab, los sis xaiv lwm txoj kev.`,
'ns.push.unsupported': `Lub browser no qhia tsis tau ntawv ceeb toom. Xaiv lwm txoj kev.`,
'ns.quiet': `Lub sijhawm so`,
'ns.quietEnd': `Txog`,
'ns.quietHint': `Yam tuaj txog thaum ntawd yuav tos txog thaum lub sijhawm so dhau lawm.`,
'ns.quietOn': `Tsis txhob xa dab tsi thaum lub sijhawm no`,
'ns.quietStart': `Txij`,
'ns.retry': `Sim dua`,
'ns.save': `Khaws`,
'ns.saved': `Khaws lawm.`,
'ns.saving': `Tab tom khaws…`,
'ns.smsStopped': `Koj teb STOP, yog li peb tsis xa ntawv xov tooj rau koj lawm. Teb START rau ib tsab ntawv ntawm peb kom tau txais dua.`,
'ns.title': `Peb qhia koj li cas txog cov xov tshiab`,
'ns.zone': `Raws li koj lub moos:`,
};
