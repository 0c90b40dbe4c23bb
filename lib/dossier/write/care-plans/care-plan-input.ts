export type CarePlanGoalInput = { title: string; description: string };

export type CareAgreementInput = { description: string; frequency: string; provider: string };

// A new version of the care plan. `basedOnVersion` is the newest version
// the admin saw when the form was opened (0 when there was none): if
// another version was saved since, this one is refused rather than
// silently replacing what the other person wrote.
export type CarePlanInput = {
  basedOnVersion: number;
  validFrom: Date;
  summary: string;
  createdBy: string;
  goals: CarePlanGoalInput[];
  agreements: CareAgreementInput[];
};
