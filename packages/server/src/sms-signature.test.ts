import { describe, expect, it } from 'vitest';
import { smsSignature, verifySmsSignature } from './sms-signature.js';

// The example of Twilio's request-validation documentation and its libraries' tests.
const token = '12345';
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = () =>
  new URLSearchParams({
    CallSid: 'CA1234567890ABCDE',
    Caller: '+14158675309',
    Digits: '1234',
    From: '+14158675309',
    To: '+18005551212',
  });
const documented = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

describe('SMS webhook signature', () => {
  it("reproduces the provider's documented signature, whatever order the form came in", () => {
    expect(smsSignature(token, url, params())).toBe(documented);
    const shuffled = new URLSearchParams([...params().entries()].reverse());
    expect(smsSignature(token, url, shuffled)).toBe(documented);
  });

  it('signs a name given more than once by each of its values, sorted, so their order does not matter', () => {
    const repeated = (digits: string[]) =>
      new URLSearchParams([['Sid', 'CA123'], ...digits.map((d): [string, string] => ['Digits', d])]);
    const signed = smsSignature(token, url, repeated(['5678', '1234', '1234']));
    expect(smsSignature(token, url, repeated(['1234', '5678', '1234']))).toBe(signed);
    expect(smsSignature(token, url, repeated(['1234', '5678']))).not.toBe(signed);
    expect(signed).not.toBe(smsSignature(token, url, repeated(['12345678', '1234'])));
  });

  it('refuses a changed parameter, URL or token, a missing header and a header of another length', () => {
    expect(verifySmsSignature(token, url, params(), documented)).toBe(true);
    const changed = params();
    changed.set('Digits', '9999');
    expect(verifySmsSignature(token, url, changed, documented)).toBe(false);
    expect(verifySmsSignature(token, `${url}&extra=1`, params(), documented)).toBe(false);
    expect(verifySmsSignature('54321', url, params(), documented)).toBe(false);
    expect(verifySmsSignature(token, url, params(), undefined)).toBe(false);
    expect(verifySmsSignature(token, url, params(), 'short')).toBe(false);
    expect(verifySmsSignature(token, url, params(), 'invalid 王')).toBe(false);
  });
});
