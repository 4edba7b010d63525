/** The job-report module's public entry point: other modules and app.ts import only from here. */
export { answerRows, itemLineRows, loadJobEvents, loadJobReport, loadJobTechnicians, reserveRows, takeBackRows, toAnswer, toItemLine, toTakeBack, withReserveColumns } from './job-report.repository';
export { EMPTY_DEFINITION, answerMap, answerMapAsItStands, fieldsUsingPhoto, locateField, pinnedTemplate } from './pinned-template.repository';
export type { LocatedField } from './pinned-template.repository';
export {
  assertCommentAllowed,
  assertFieldVisible,
  checkedAnswerValue,
  deleteAnswerRow,
  findAnswerRow,
  readAnswer,
  saveAnswer,
} from './report-answers.repository';
