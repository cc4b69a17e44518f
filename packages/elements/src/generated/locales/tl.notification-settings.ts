
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Pati sa device na ito`,
'ns.channel.app': `Dito lang, sa site ng paaralan`,
'ns.channel.email': `Email`,
'ns.channel.phone': `Mga tawag mula sa paaralan`,
'ns.channel.push': `Mga abiso sa device na ito`,
'ns.channel.sms': `Text`,
'ns.channels': `Sabihan ako sa pamamagitan ng`,
'ns.delay': `Sabihan ako kapag hindi pa nababasa ang mensahe sa loob ng`,
'ns.delay.day1': `1 araw`,
'ns.delay.district': str`Ang pinili ng paaralan (${0})`,
'ns.delay.hour1': `1 oras`,
'ns.delay.hours2': `2 oras`,
'ns.delay.hours4': `4 na oras`,
'ns.deviceAdded': `Makakatanggap din ng mga abiso ang device na ito.`,
'ns.failure.forbidden': `Hindi kayo pinapayagang gawin ito rito. Subukang mag-sign in muli.`,
'ns.failure.load': `Hindi namin ma-load ang inyong mga setting. Pakisubukang muli mamaya.`,
'ns.failure.network': `Hindi namin ma-load ang inyong mga setting. Tingnan ang inyong koneksyon at subukang muli.`,
'ns.failure.save': `Hindi namin ito ma-save. Pakisubukang muli mamaya.`,
'ns.failure.saveNetwork': `Hindi namin ito ma-save. Tingnan ang inyong koneksyon at subukang muli.`,
'ns.form.invalid': `May mali sa form. Tingnan ito at subukang muli.`,
'ns.form.quietMissing': `Piliin kung kailan magsisimula at matatapos ang oras ng pahinga.`,
'ns.form.quietSame': `Dapat magkaiba ang oras ng simula at katapusan ng oras ng pahinga.`,
'ns.hint.app': `Wala kaming ipapadala. Dito maghihintay sa inyo ang mga mensahe.`,
'ns.hint.email': str`Sa ${0}`,
'ns.hint.phone': `Wala kaming ipapadala. Maaaring tawagan kayo ng paaralan.`,
'ns.hint.pushAsk': `Hihilingin ng inyong browser na payagan ninyo ang mga ito.`,
'ns.hint.pushMany': str`Sa ${0} device sa ngayon.`,
'ns.hint.pushOne': `Sa 1 device sa ngayon.`,
'ns.hint.sms': str`Sa ${0}`,
'ns.intro': `Kapag may mensaheng naghihintay sa inyo at hindi pa ninyo ito nababasa, maaari namin kayong sabihan.`,
'ns.loading': `Nilo-load ang inyong mga setting…`,
'ns.na.blocked': `Naka-block ang mga abiso para sa site na ito. Maaari ninyong payagan ang mga ito sa mga setting ng inyong browser.`,
'ns.na.browser': `Hindi makapagpakita ng mga abiso ang browser na ito.`,
'ns.na.noAddress': `Walang email address ninyo ang paaralan. Hilingin sa kanila na magdagdag nito.`,
'ns.na.noNumber': `Walang mobile number ninyo ang paaralan. Hilingin sa kanila na magdagdag nito.`,
'ns.na.notSetUp': `Hindi pa ito magagamit sa paaralang ito.`,
'ns.push.denied': `Hindi pinayagan ang mga abiso, kaya walang nagbago. Payagan ang mga ito, o pumili ng ibang paraan.`,
'ns.push.failed': `Hindi namin mabuksan ang mga abiso sa device na ito. Subukang muli mamaya, o pumili ng ibang paraan.`,
'ns.push.unsupported': `Hindi makapagpakita ng mga abiso ang browser na ito. Pumili ng ibang paraan.`,
'ns.quiet': `Oras ng pahinga`,
'ns.quietEnd': `Hanggang`,
'ns.quietHint': `Ang dumarating sa oras na iyon ay maghihintay hanggang matapos ang oras ng pahinga.`,
'ns.quietOn': `Walang ipadala sa mga oras na ito`,
'ns.quietStart': `Mula`,
'ns.retry': `Subukang muli`,
'ns.save': `I-save`,
'ns.saved': `Na-save na.`,
'ns.saving': `Sine-save…`,
'ns.smsStopped': `Sumagot kayo ng STOP, kaya hindi na kami nagpapadala ng text. Sumagot ng START sa isa sa aming mga text para makatanggap muli.`,
'ns.title': `Paano namin kayo sasabihan tungkol sa mga bagong mensahe`,
'ns.zone': `Ayon sa inyong orasan:`,
};
