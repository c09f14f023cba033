package dev.usersapi.contract;

import dev.usersapi.generated.model.User;
import java.util.AbstractList;
import java.util.List;

/**
 * A page of a listing as the operation returns it: its users, each a {@link RenderedUser}, and the
 * page data for the {@code X-Pagination} header. Written by {@link RenderedUserPageWriter}.
 */
public final class RenderedUserPage extends AbstractList<User> {

    private final List<RenderedUser> users;
    private final String paginationJson;

    public RenderedUserPage(List<RenderedUser> users, long totalCount, int pageSize, int currentPage) {
        this.users = List.copyOf(users);
        long pagesBefore = (long) (currentPage - 1) * pageSize;
        boolean hasNext = pagesBefore + users.size() < totalCount;
        // Numbers and booleans only, in the contract's order: nothing to escape.
        this.paginationJson = "{\"total_count\":" + totalCount
                + ",\"page_size\":" + pageSize
                + ",\"current_page\":" + currentPage
                + ",\"has_next\":" + hasNext
                + ",\"has_previous\":" + (currentPage > 1) + "}";
    }

    @Override
    public RenderedUser get(int index) {
        return users.get(index);
    }

    @Override
    public int size() {
        return users.size();
    }

    /** The value of the {@code X-Pagination} header: the contract's {@code Pagination} as JSON. */
    public String paginationJson() {
        return paginationJson;
    }
}
