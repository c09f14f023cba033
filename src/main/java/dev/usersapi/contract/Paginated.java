package dev.usersapi.contract;

/** A page of a listing, whose page data travels in the {@code X-Pagination} header. */
public interface Paginated {

    /** The value of the {@code X-Pagination} header: the contract's {@code Pagination} as JSON. */
    String paginationJson();

    /**
     * The contract's {@code Pagination} of a page of {@code onPage} items, page {@code currentPage}
     * of pages of {@code pageSize}, out of {@code totalCount} matches.
     */
    static String paginationJson(long totalCount, int pageSize, int currentPage, int onPage) {
        long before = (long) (currentPage - 1) * pageSize;
        boolean hasNext = before + onPage < totalCount;
        // Numbers and booleans only, in the contract's order: nothing to escape.
        return "{\"total_count\":" + totalCount
                + ",\"page_size\":" + pageSize
                + ",\"current_page\":" + currentPage
                + ",\"has_next\":" + hasNext
                + ",\"has_previous\":" + (currentPage > 1) + "}";
    }
}
