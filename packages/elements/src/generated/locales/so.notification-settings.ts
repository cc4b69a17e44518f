
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Qalabkan sidoo kale`,
'ns.channel.app': `Halkan oo keliya, bogga dugsiga`,
'ns.channel.email': `Iimayl`,
'ns.channel.phone': `Wicitaanno dugsiga ka yimaada`,
'ns.channel.push': `Ogeysiisyo qalabkan ku yimaada`,
'ns.channel.sms': `Fariin qoraal ah`,
'ns.channels': `Igu sheeg`,
'ns.delay': `Ii sheeg marka fariin aan la akhriyin ay sugto`,
'ns.delay.day1': `1 maalin`,
'ns.delay.district': str`Doorashada dugsiga (${0})`,
'ns.delay.hour1': `1 saac`,
'ns.delay.hours2': `2 saacadood`,
'ns.delay.hours4': `4 saacadood`,
'ns.deviceAdded': `Qalabkan sidoo kale wuu heli doonaa ogeysiisyada.`,
'ns.failure.forbidden': `Laguma oggola inaad halkan tan ku sameyso. Isku day inaad mar kale gasho.`,
'ns.failure.load': `Ma aanan soo gelin karin dejintaada. Fadlan isku day mar kale wax yar kadib.`,
'ns.failure.network': `Ma aanan soo gelin karin dejintaada. Hubi xiriirkaaga oo isku day mar kale.`,
'ns.failure.save': `Ma aanan kaydin karin. Fadlan isku day mar kale wax yar kadib.`,
'ns.failure.saveNetwork': `Ma aanan kaydin karin. Hubi xiriirkaaga oo isku day mar kale.`,
'ns.form.invalid': `Wax foomka ku jira sax ma aha. Hubi oo isku day mar kale.`,
'ns.form.quietMissing': `Dooro goorta saacadaha aamusnaanta ay bilaabmaan iyo goorta ay dhammaadaan.`,
'ns.form.quietSame': `Saacadaha aamusnaanta waa inay ku bilaabmaan kuna dhammaadaan waqtiyo kala duwan.`,
'ns.hint.app': `Waxba ma soo dirno. Fariimuhu halkan ayay kugu sugayaan.`,
'ns.hint.email': str`Loo diro ${0}`,
'ns.hint.phone': `Waxba ma soo dirno. Dugsigu wuu ku soo wici karaa.`,
'ns.hint.pushAsk': `Biraawsarkaagu wuxuu kaa codsan doonaa inaad oggolaato.`,
'ns.hint.pushMany': str`Hadda ${0} qalab.`,
'ns.hint.pushOne': `Hadda 1 qalab.`,
'ns.hint.sms': str`Loo diro ${0}`,
'ns.intro': `Marka fariin ku sugayso oo aadan akhriyin, waan kuu sheegi karnaa.`,
'ns.loading': `Dejintaada waa la soo gelinayaa…`,
'ns.na.blocked': `Ogeysiisyada waa laga xannibay boggan. Waad ku oggolaan kartaa dejinta biraawsarka.`,
'ns.na.browser': `Biraawsarkan ma muujin karo ogeysiisyo.`,
'ns.na.noAddress': `Dugsigu ma haysto iimaylkaaga. Ka codso inay ku daraan.`,
'ns.na.noNumber': `Dugsigu ma haysto lambarka taleefankaaga gacanta. Ka codso inay ku daraan.`,
'ns.na.notSetUp': `Weli kuma jiro dugsigan.`,
'ns.push.denied': `Ogeysiisyada lama oggolaan, markaa waxba isma beddelin. Oggolow, ama dooro hab kale.`,
'ns.push.failed': `Ma aanan shidi karin ogeysiisyada qalabkan. Isku day mar dambe, ama dooro hab kale.`,
'ns.push.unsupported': `Biraawsarkan ma muujin karo ogeysiisyo. Dooro hab kale.`,
'ns.quiet': `Saacadaha aamusnaanta`,
'ns.quietEnd': `Ilaa`,
'ns.quietHint': `Wixii yimaada waqtigaas way sugayaan ilaa ay dhammaadaan.`,
'ns.quietOn': `Waxba ha soo dirin saacadahan`,
'ns.quietStart': `Laga bilaabo`,
'ns.retry': `Isku day mar kale`,
'ns.save': `Kaydi`,
'ns.saved': `Waa la kaydiyay.`,
'ns.saving': `Waa la kaydinayaa…`,
'ns.smsStopped': `Waxaad ku jawaabtay STOP, markaa fariimo qoraal ah kuuma soo dirno. Ugu jawaab START mid ka mid ah fariimahayaga si aad mar kale u hesho.`,
'ns.title': `Sida aan kuugu sheegno fariimaha cusub`,
'ns.zone': `Saacaddaada:`,
};
