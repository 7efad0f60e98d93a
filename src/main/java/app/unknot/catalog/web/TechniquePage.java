package app.unknot.catalog.web;

import app.unknot.catalog.Technique;
import app.unknot.system.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One page of a filtered technique list: the catalog stays quick to browse however large it grows.
 *
 * @param page 1-based, and past the last one when the list ends before it
 * @param pages how many pages the list fills: 1 even when it is empty
 * @param total how many techniques the filter lets through, on every page
 */
record TechniquePage(List<Technique> techniques, int page, int pages, int total) {

    static final int SIZE = 50;

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,3}");

    /**
     * The page a request asks for: none is the first.
     *
     * @throws InvalidParameterException for anything but a whole number from 1 to 9999
     */
    static int number(String requested) {
        if (requested == null || requested.isBlank()) {
            return 1;
        }
        if (!PAGE.matcher(requested.strip()).matches()) {
            throw new InvalidParameterException("page");
        }
        return Integer.parseInt(requested.strip());
    }

    /** The given page of the list; a page past the end is empty, so a client reading on knows it has them all. */
    static TechniquePage of(List<Technique> all, int page) {
        int asked = Math.max(page, 1);
        int from = Math.min((asked - 1) * SIZE, all.size());
        return new TechniquePage(all.subList(from, Math.min(from + SIZE, all.size())), asked, pages(all), all.size());
    }

    /** The given page of the list, or the last one past the end: an old link to a list that has shrunk still shows some. */
    static TechniquePage orLast(List<Technique> all, int page) {
        return of(all, Math.min(page, pages(all)));
    }

    private static int pages(List<Technique> all) {
        return Math.max(1, (all.size() + SIZE - 1) / SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /**
     * The pages to link to, by their relation (RFC 8288): first and last, and prev and next where
     * there are such pages. Past the end prev is the last page, where the list really ends.
     */
    Map<String, Integer> links() {
        var links = new LinkedHashMap<String, Integer>();
        links.put("first", 1);
        if (hasPrevious()) {
            links.put("prev", Math.min(page - 1, pages));
        }
        if (hasNext()) {
            links.put("next", page + 1);
        }
        links.put("last", pages);
        return links;
    }
}
