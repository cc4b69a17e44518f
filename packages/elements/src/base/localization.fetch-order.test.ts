// On a page that has not used the language yet: its strings are asked for before Intl is first
// asked about it (base/intl.ts, lacksIntl), whose first use costs a cold page tens of
// milliseconds that the strings' requests would otherwise wait behind. A bundle's dynamic
// import may start only a microtask later (vite's preload helper does), as this loader's does.
// Its own file, for a fresh page; it does not import test/helpers.js, which pins English.
import { expect } from '@open-wc/testing';
import { setLocale, useTranslations } from './localization.js';

describe('switching the widgets’ language', () => {
  it('asks for the language’s strings before asking Intl about the language', async () => {
    const happened: string[] = [];
    const supportedLocalesOf = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = (locales, options) => {
      happened.push(`Intl asked about ${[locales].flat().join()}`);
      return supportedLocalesOf.call(Intl.DateTimeFormat, locales, options);
    };
    try {
      useTranslations({
        part: 'goal-tracker',
        loaders: {
          es: () =>
            Promise.resolve().then(() => {
              happened.push('strings asked for: es');
              return { templates: {} };
            }),
        },
      });
      expect(await setLocale('es')).to.equal('es');
      expect(happened).to.deep.equal(['strings asked for: es', 'Intl asked about es']);
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = supportedLocalesOf;
    }
  });
});
