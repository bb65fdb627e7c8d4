package org.budgetperf.evaluation.domain;

/**
 * A setting of the scoring rules (a weight, a deduction, a band edge) that cannot make a rule, refused by the
 * constructor that states what makes one; the reason in English (the exception's message) and in Chinese, as the rule
 * findings carry theirs.
 */
public final class InvalidSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public InvalidSetting(String messageEn, String messageZh) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageEn() {
        return getMessage();
    }

    public String messageZh() {
        return messageZh;
    }
}
