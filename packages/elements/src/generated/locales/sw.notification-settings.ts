
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Pia kwenye kifaa hiki`,
'ns.channel.app': `Hapa tu, kwenye tovuti ya shule`,
'ns.channel.email': `Barua pepe`,
'ns.channel.phone': `Simu kutoka shuleni`,
'ns.channel.push': `Arifa kwenye kifaa hiki`,
'ns.channel.sms': `Ujumbe mfupi (SMS)`,
'ns.channels': `Nijulishe kwa`,
'ns.delay': `Nijulishe ujumbe ukikaa bila kusomwa kwa muda huu:`,
'ns.delay.day1': `Siku 1`,
'ns.delay.district': str`Chaguo la shule (${0})`,
'ns.delay.hour1': `Saa 1`,
'ns.delay.hours2': `Saa 2`,
'ns.delay.hours4': `Saa 4`,
'ns.deviceAdded': `Kifaa hiki nacho kitapokea arifa.`,
'ns.failure.forbidden': `Huruhusiwi kufanya hivi hapa. Jaribu kuingia tena.`,
'ns.failure.load': `Hatukuweza kupakia mipangilio yako. Tafadhali jaribu tena baada ya muda mfupi.`,
'ns.failure.network': `Hatukuweza kupakia mipangilio yako. Angalia muunganisho wako na ujaribu tena.`,
'ns.failure.save': `Hatukuweza kuhifadhi hii. Tafadhali jaribu tena baada ya muda mfupi.`,
'ns.failure.saveNetwork': `Hatukuweza kuhifadhi hii. Angalia muunganisho wako na ujaribu tena.`,
'ns.form.invalid': `Kuna kitu kisicho sahihi kwenye fomu. Kiangalie na ujaribu tena.`,
'ns.form.quietMissing': `Chagua saa za mapumziko zinapoanza na zinapoisha.`,
'ns.form.quietSame': `Saa za mapumziko lazima zianze na ziishe kwa nyakati tofauti.`,
'ns.hint.app': `Hatutumi chochote. Jumbe zinakusubiri hapa.`,
'ns.hint.email': str`Kwa ${0}`,
'ns.hint.phone': `Hatutumi chochote. Shule inaweza kukupigia simu.`,
'ns.hint.pushAsk': `Kivinjari chako kitakuomba uziruhusu.`,
'ns.hint.pushMany': str`Kwenye vifaa ${0} hadi sasa.`,
'ns.hint.pushOne': `Kwenye kifaa 1 hadi sasa.`,
'ns.hint.sms': str`Kwa ${0}`,
'ns.intro': `Ujumbe unapokusubiri na bado hujausoma, tunaweza kukujulisha.`,
'ns.loading': `Inapakia mipangilio yako…`,
'ns.na.blocked': `Arifa zimezuiwa kwa tovuti hii. Unaweza kuziruhusu katika mipangilio ya kivinjari chako.`,
'ns.na.browser': `Kivinjari hiki hakiwezi kuonyesha arifa.`,
'ns.na.noAddress': `Shule haina anwani yako ya barua pepe. Waombe waiongeze.`,
'ns.na.noNumber': `Shule haina namba yako ya simu ya mkononi. Waombe waiongeze.`,
'ns.na.notSetUp': `Bado haipatikani katika shule hii.`,
'ns.push.denied': `Arifa hazikuruhusiwa, kwa hivyo hakuna kilichobadilika. Ziruhusu, au chagua njia nyingine.`,
'ns.push.failed': `Hatukuweza kuwasha arifa kwenye kifaa hiki. Jaribu tena baadaye, au chagua njia nyingine.`,
'ns.push.unsupported': `Kivinjari hiki hakiwezi kuonyesha arifa. Chagua njia nyingine.`,
'ns.quiet': `Saa za mapumziko`,
'ns.quietEnd': `Hadi`,
'ns.quietHint': `Kinachofika wakati huo kitasubiri hadi saa hizo ziishe.`,
'ns.quietOn': `Nisitumiwe chochote wakati wa saa hizi`,
'ns.quietStart': `Kuanzia`,
'ns.retry': `Jaribu tena`,
'ns.save': `Hifadhi`,
'ns.saved': `Imehifadhiwa.`,
'ns.saving': `Inahifadhi…`,
'ns.smsStopped': `Ulijibu STOP, kwa hivyo hatukutumii jumbe fupi. Jibu START kwa mojawapo ya jumbe zetu ili uzipate tena.`,
'ns.title': `Jinsi tunavyokujulisha kuhusu jumbe mpya`,
'ns.zone': `Kwa saa yako:`,
};
