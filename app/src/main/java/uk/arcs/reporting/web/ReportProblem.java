package uk.arcs.reporting.web;

/**
 * Why a reports page did not do what was asked, shown at the top of the page: a business rule's refusal (with the
 * rule's name), a step based on a version that is no longer current, or input that cannot be read.
 */
record ReportProblem(String title, String rule, String detail) {

    static ReportProblem refused(String rule, String reason) {
        return new ReportProblem("Refused by rule " + rule + "; nothing was recorded", rule, reason);
    }

    static ReportProblem unreadable(String title, String detail) {
        return new ReportProblem(title, null, detail);
    }
}
