import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends the product's email: through SMTP when SMTP_URL is set; otherwise, outside production,
 * each message is written as an .eml file under $DATA_DIR/mail/ (open it in any mail program),
 * so `pnpm start` alone can verify an address. In production without SMTP_URL mail is off:
 * `mode` is 'off' and what needs mail says so. Messages hold links that are credentials, so
 * the log says only that a message went out (or where it was written), never to whom or what.
 */
export interface Mailer {
  /** How mail leaves: through SMTP, as .eml files, or not at all. */
  readonly mode: 'smtp' | 'files' | 'off';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'production'>,
  logger: Logger,
): Mailer {
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      mode: 'smtp',
      async send(message) {
        await transport.sendMail({ from: config.mailFrom, ...message });
        logger.info('sent an email message');
      },
      close: () => transport.close(),
    };
  }
  if (config.production)
    return {
      mode: 'off',
      send: () => Promise.reject(new Error('mail is off: set SMTP_URL')),
      close: () => undefined,
    };
  const folder = path.join(config.dataDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    mode: 'files',
    async send(message) {
      const info = await transport.sendMail({ from: config.mailFrom, ...message });
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(
        folder,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`,
      );
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      logger.info({ file }, 'wrote an email message (no SMTP_URL set)');
    },
    close: () => undefined,
  };
}
