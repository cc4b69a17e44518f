
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Także na tym urządzeniu`,
'ns.channel.app': `Tylko tutaj, na stronie szkoły`,
'ns.channel.email': `E-mail`,
'ns.channel.phone': `Telefony ze szkoły`,
'ns.channel.push': `Powiadomienia na tym urządzeniu`,
'ns.channel.sms': `SMS`,
'ns.channels': `Jak mamy Państwa powiadamiać?`,
'ns.delay': `Po jakim czasie powiadomić o nieprzeczytanej wiadomości:`,
'ns.delay.day1': `1 dzień`,
'ns.delay.district': str`Ustawienie szkoły (${0})`,
'ns.delay.hour1': `1 godzina`,
'ns.delay.hours2': `2 godziny`,
'ns.delay.hours4': `4 godziny`,
'ns.deviceAdded': `To urządzenie też będzie otrzymywać powiadomienia.`,
'ns.failure.forbidden': `Nie można tego tutaj zrobić. Proszę zalogować się ponownie.`,
'ns.failure.load': `Nie udało się załadować ustawień. Proszę spróbować ponownie za chwilę.`,
'ns.failure.network': `Nie udało się załadować ustawień. Proszę sprawdzić połączenie i spróbować ponownie.`,
'ns.failure.save': `Nie udało się zapisać. Proszę spróbować ponownie za chwilę.`,
'ns.failure.saveNetwork': `Nie udało się zapisać. Proszę sprawdzić połączenie i spróbować ponownie.`,
'ns.form.invalid': `Coś w formularzu jest nie tak. Proszę to sprawdzić i spróbować ponownie.`,
'ns.form.quietMissing': `Proszę wybrać, kiedy zaczynają się i kończą godziny ciszy.`,
'ns.form.quietSame': `Godziny ciszy muszą zaczynać się i kończyć o różnych porach.`,
'ns.hint.app': `Nic nie wysyłamy. Wiadomości czekają na Państwa tutaj.`,
'ns.hint.email': str`Na adres ${0}`,
'ns.hint.phone': `Nic nie wysyłamy. Szkoła może do Państwa zadzwonić.`,
'ns.hint.pushAsk': `Przeglądarka zapyta, czy na nie zezwolić.`,
'ns.hint.pushMany': str`Na razie na ${0} urządzeniach.`,
'ns.hint.pushOne': `Na razie na 1 urządzeniu.`,
'ns.hint.sms': str`Na numer ${0}`,
'ns.intro': `Gdy czeka na Państwa nieprzeczytana wiadomość, możemy Państwa o tym powiadomić.`,
'ns.loading': `Ładowanie ustawień…`,
'ns.na.blocked': `Powiadomienia są zablokowane dla tej strony. Można na nie zezwolić w ustawieniach przeglądarki.`,
'ns.na.browser': `Ta przeglądarka nie może wyświetlać powiadomień.`,
'ns.na.noAddress': `Szkoła nie ma Państwa adresu e-mail. Proszę poprosić szkołę o jego dodanie.`,
'ns.na.noNumber': `Szkoła nie ma Państwa numeru komórkowego. Proszę poprosić szkołę o jego dodanie.`,
'ns.na.notSetUp': `Ta opcja nie jest jeszcze dostępna w tej szkole.`,
'ns.push.denied': `Nie zezwolono na powiadomienia, więc nic się nie zmieniło. Proszę na nie zezwolić lub wybrać inny sposób.`,
'ns.push.failed': `Nie udało się włączyć powiadomień na tym urządzeniu. Proszę spróbować ponownie później lub wybrać inny sposób.`,
'ns.push.unsupported': `Ta przeglądarka nie może wyświetlać powiadomień. Proszę wybrać inny sposób.`,
'ns.quiet': `Godziny ciszy`,
'ns.quietEnd': `Do`,
'ns.quietHint': `To, co przyjdzie w tym czasie, poczeka do ich końca.`,
'ns.quietOn': `Nie wysyłaj nic w tych godzinach`,
'ns.quietStart': `Od`,
'ns.retry': `Spróbuj ponownie`,
'ns.save': `Zapisz`,
'ns.saved': `Zapisano.`,
'ns.saving': `Zapisywanie…`,
'ns.smsStopped': `Odpowiedzieli Państwo STOP, więc nie wysyłamy SMS-ów. Aby znów je otrzymywać, proszę odpowiedzieć START na jeden z naszych SMS-ów.`,
'ns.title': `Jak informujemy o nowych wiadomościach`,
'ns.zone': `Według Państwa zegara:`,
};
