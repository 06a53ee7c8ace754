package org.corroborate.service.extraction;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figures in a text, page by page. Thread-safe; holds no state.
 *
 * <p>It reads numbers in digits (with the thousands separators of any locale: "120,000", "120.000", "120 000",
 * "1'000", "12만"), in words ("twenty-three", "two hundred", "half a million"), with multipliers ("3.65 million",
 * "$1.5bn"), fractions in words as percentages ("two-thirds of" 66.67 %, "one in five" 20 %), ranges ("between X and
 * Y", "from X to Y", "X to Y", "X-Y", "X–Y", "two or three"), qualifiers before or after the number ("up to", "as many
 * as" UP_TO; "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "nearly", "almost"
 * ABOUT; "more than", "over", "above" MORE_THAN; "at least", "no fewer than", "or more", "30,000+" AT_LEAST; "fewer
 * than", "less than", "under" FEWER_THAN; "at most", "no more than" AT_MOST; "an estimated 80,000 to 120,000" is a
 * range) and units (percent, currencies, durations, kilometres, tonnes, and the noun counted: people and their kinds
 * are PERSONS, things such as missiles or camps are ITEMS; none when nothing says). Weeks are counted in DAYS and
 * decades in YEARS.
 *
 * <p>Magnitude words are offered as vague figures ({@link FigureCandidate#vague()}). Each has a span: "dozens"
 * 24-99; "scores of" 40-99; "hundreds" 200-999; "thousands" 2,000-9,999; "tens of thousands" 20,000-99,999;
 * "hundreds of thousands" 200,000-999,999; "millions", "tens of millions", "hundreds of millions", "billions"
 * likewise (2 to 10 times the scale, less one); "several hundred/thousand/million" 3-9 times the scale; "a few
 * hundred/thousand" 2-5 times. A bare magnitude is read, as the demo knowledge base reads it, as AT_LEAST the
 * span's low end ("tens of thousands" is AT_LEAST 20,000, "thousands" AT_LEAST 2,000), which never contradicts a
 * precise figure for the same thing; a qualified one takes the bound its qualifier names ("up to tens of
 * thousands" is UP_TO 99,999, "more than hundreds" MORE_THAN 200). Ages by decade ("in their 30s") are the
 * range 30-39 years and not vague.
 *
 * <p>It leaves out years (1950, "in 2011", "the 1990s", "2011-2014"), dates ("9 October 2023", "October 8"),
 * ordinals ("21st", "fifth"), footnote markers (digits glued to a word or punctuation, "[3]", "(12)", a bare number
 * at a line's start), designations ("Camp 14", "Camp No. 15", "Office 39", "Resolution 2397", "p. 12", "COVID-19"),
 * times, phone numbers, URLs, and the lone word "one".
 */
@ApplicationScoped
public class FigureExtractor {

    /**
     * @param pages the text of each page, in order (a pasted text is one page)
     * @return the figures found, in reading order
     */
    public List<FigureCandidate> extract(List<String> pages) {
        List<FigureCandidate> all = new ArrayList<>();
        if (pages == null) {
            return all;
        }
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            if (text != null && !text.isEmpty()) {
                all.addAll(new PageScanner(text, p + 1).scan());
            }
        }
        return all;
    }
}
