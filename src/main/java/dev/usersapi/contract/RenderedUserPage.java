package dev.usersapi.contract;

import dev.usersapi.generated.model.User;
import java.util.AbstractList;
import java.util.List;

/**
 * A page of a listing as the operation returns it: its users, each a {@link RenderedUser}, and the
 * page data for the {@code X-Pagination} header. Written by {@link RenderedUserPageWriter}.
 */
public final class RenderedUserPage extends AbstractList<User> implements Paginated {

    private final List<RenderedUser> users;
    private final String paginationJson;

    public RenderedUserPage(List<RenderedUser> users, long totalCount, int pageSize, int currentPage) {
        this.users = List.copyOf(users);
        this.paginationJson = Paginated.paginationJson(totalCount, pageSize, currentPage, users.size());
    }

    @Override
    public RenderedUser get(int index) {
        return users.get(index);
    }

    @Override
    public int size() {
        return users.size();
    }

    @Override
    public String paginationJson() {
        return paginationJson;
    }
}
