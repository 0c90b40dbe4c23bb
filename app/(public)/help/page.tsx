import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  ACTIVATION_LINK_VALID_HOURS,
  CODE_LENGTH,
  CODE_VALID_MINUTES,
  MAX_CODE_ATTEMPTS,
  MAX_CODE_RESENDS,
  RESEND_COOLDOWN_SECONDS,
  RESET_LINK_VALID_MINUTES,
  SESSION_IDLE_MINUTES,
} from "@/lib/auth/constants";
import { getConfig } from "@/lib/config/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("help");

  return { title: `${t("title")} – ${getConfig().portalName}` };
}

const SECTIONS = [
  "login",
  "whyCode",
  "noEmail",
  "codeRejected",
  "changePassword",
  "forgotPassword",
  "locked",
  "account",
  "dossier",
  "contact",
] as const;

type Section = (typeof SECTIONS)[number];

const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

function HelpSection({ id, title, children }: { id: Section; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-titel`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// The portal's questions and answers. Every number comes from the same
// constants the sign-in code enforces.
export default async function HelpPage() {
  const t = await getTranslations("help");
  const { organisationName, supportEmail, supportPhone } = getConfig();
  const loginLink = (chunks: React.ReactNode) => (
    <Link href="/inloggen" className={linkClass}>
      {chunks}
    </Link>
  );
  const forgotLink = (chunks: React.ReactNode) => (
    <Link href="/wachtwoord-vergeten" className={linkClass}>
      {chunks}
    </Link>
  );

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro")}</p>

      <nav aria-label={t("contentsLabel")} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("contentsLabel")}</h2>
        <ul className="mt-2 space-y-1">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}-titel`} className={linkClass}>
                {t(`${section}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-8 space-y-10 leading-relaxed">
        <HelpSection id="login" title={t("login.title")}>
          <ol className="list-decimal space-y-1 pl-6">
            <li>{t.rich("login.steps.one", { link: loginLink })}</li>
            <li>{t("login.steps.two")}</li>
            <li>{t("login.steps.three", { length: CODE_LENGTH })}</li>
            <li>{t("login.steps.four")}</li>
          </ol>
          <p>{t("login.logout", { idleMinutes: SESSION_IDLE_MINUTES })}</p>
        </HelpSection>

        <HelpSection id="whyCode" title={t("whyCode.title")}>
          <p>{t("whyCode.text")}</p>
          <p>
            {t("whyCode.validity", { minutes: CODE_VALID_MINUTES, attempts: MAX_CODE_ATTEMPTS })}
          </p>
        </HelpSection>

        <HelpSection id="noEmail" title={t("noEmail.title")}>
          <p>{t("noEmail.intro")}</p>
          <ul className="list-disc space-y-2 pl-6">
            <li>{t("noEmail.spam")}</li>
            <li>{t("noEmail.address")}</li>
            <li>{t("noEmail.wait")}</li>
            <li>
              {t("noEmail.resend", { seconds: RESEND_COOLDOWN_SECONDS, max: MAX_CODE_RESENDS })}
            </li>
          </ul>
          <p>{t("noEmail.still")}</p>
        </HelpSection>

        <HelpSection id="codeRejected" title={t("codeRejected.title")}>
          <p>{t("codeRejected.text", { minutes: CODE_VALID_MINUTES, length: CODE_LENGTH })}</p>
        </HelpSection>

        <HelpSection id="changePassword" title={t("changePassword.title")}>
          <p>{t("changePassword.text")}</p>
        </HelpSection>

        <HelpSection id="forgotPassword" title={t("forgotPassword.title")}>
          <p>
            {t.rich("forgotPassword.text", {
              link: forgotLink,
              minutes: RESET_LINK_VALID_MINUTES,
            })}
          </p>
        </HelpSection>

        <HelpSection id="locked" title={t("locked.title")}>
          <p>{t("locked.text")}</p>
        </HelpSection>

        <HelpSection id="account" title={t("account.title")}>
          <p>{t("account.text", { hours: ACTIVATION_LINK_VALID_HOURS })}</p>
        </HelpSection>

        <HelpSection id="dossier" title={t("dossier.title")}>
          <p>{t("dossier.text")}</p>
        </HelpSection>

        <HelpSection id="contact" title={t("contact.title")}>
          <p>{t("contact.text", { organisation: organisationName })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("contact.email")}</dt>
            <dd>
              <a href={`mailto:${supportEmail}`} className={linkClass}>
                {supportEmail}
              </a>
            </dd>
            <dt className="font-medium">{t("contact.phone")}</dt>
            <dd>
              <a href={`tel:${supportPhone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                {supportPhone}
              </a>
            </dd>
          </dl>
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3">{t("contact.safety")}</p>
        </HelpSection>
      </div>
    </>
  );
}
