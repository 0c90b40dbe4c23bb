import type { ActionTokenPurpose } from "@/generated/prisma/enums";

// The part of the auth messages that holds each link flow's texts.
export const LINK_SECTIONS = { ACTIVATION: "activation", PASSWORD_RESET: "reset" } as const;

export type LinkSection = (typeof LINK_SECTIONS)[ActionTokenPurpose];
