// Text messages through a provider with the widely used Twilio-style REST API: a form POST to
// /2010-04-01/Accounts/{AccountSid}/Messages.json with Basic auth (account SID and auth
// token), sent from a messaging service. Configured by TANDEM_SMS_ACCOUNT_SID,
// TANDEM_SMS_AUTH_TOKEN, TANDEM_SMS_MESSAGING_SERVICE_SID and TANDEM_SMS_API_URL (the
// provider's API; a local stub in tests and the demo). Errors never quote the text.

export interface SmsConfig {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  messagingServiceSid: string;
}

export interface SentSms {
  /** The provider's id of the message. */
  sid: string;
  status: string;
}

export class SmsError extends Error {
  override name = 'SmsError';
  constructor(
    message: string,
    /** `auth` (the provider refused the credentials), `refused` (the number or the text), `unreachable`. */
    readonly kind: 'auth' | 'refused' | 'unreachable',
    /** The provider's error code, when it gave one (21610: the recipient has opted out). */
    readonly code?: number,
  ) {
    super(message);
  }
}

export class SmsSender {
  constructor(
    private readonly config: SmsConfig,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(to: string, body: string, statusCallback?: string): Promise<SentSms> {
    const { apiUrl, accountSid, authToken, messagingServiceSid } = this.config;
    const form = new URLSearchParams({ To: to, MessagingServiceSid: messagingServiceSid, Body: body });
    if (statusCallback) form.set('StatusCallback', statusCallback);
    let response: Response;
    try {
      response = await fetch(new URL(`/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, apiUrl), {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}` },
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new SmsError(`the SMS provider could not be reached (${(error as Error).name})`, 'unreachable');
    }
    const answer = (await response.json().catch(() => ({}))) as { sid?: unknown; status?: unknown; code?: unknown };
    const code = typeof answer.code === 'number' ? answer.code : undefined;
    if (response.status === 401 || response.status === 403) {
      throw new SmsError(`the SMS provider refused the credentials (HTTP ${response.status})`, 'auth', code);
    }
    if (!response.ok) {
      const kind = response.status >= 500 ? 'unreachable' : 'refused';
      throw new SmsError(
        `the SMS provider refused the text (HTTP ${response.status}, code ${code ?? 'none'})`,
        kind,
        code,
      );
    }
    if (typeof answer.sid !== 'string') throw new SmsError('the SMS provider answered without a message id', 'refused');
    return { sid: answer.sid, status: typeof answer.status === 'string' ? answer.status : 'queued' };
  }
}
