/** The root fields that list signals or count them: refreshed when a signal arrives or changes. */
export const SHOWS_SIGNALS = ['signals', 'webcareQueue', 'topics', 'crisisOverview'];
/** The root fields that list decisions. */
export const SHOWS_DECISIONS = ['newsroomLog', 'departmentQuestions'];
