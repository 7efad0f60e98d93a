package app.unknot.catalog;

import app.unknot.system.InvalidParameterException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page of a filtered technique list: the catalog stays quick to browse however large it grows.
 *
 * @param page 1-based
 * @param total how many techniques the filter lets through, on every page
 */
public record TechniquePage(List<Technique> techniques, int page, int pages, int total) {

    public static final int SIZE = 50;

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,3}");

    /**
     * The page a request asks for: none is the first.
     *
     * @throws InvalidParameterException for anything but a whole number from 1 to 9999
     */
    public static int number(String requested) {
        if (requested == null || requested.isBlank()) {
            return 1;
        }
        if (!PAGE.matcher(requested.strip()).matches()) {
            throw new InvalidParameterException("page");
        }
        return Integer.parseInt(requested.strip());
    }

    /** The given page of the list; a page past the end is the last one. */
    static TechniquePage of(List<Technique> all, int page) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        return new TechniquePage(all.subList((shown - 1) * SIZE, Math.min(shown * SIZE, all.size())), shown, pages, all.size());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
