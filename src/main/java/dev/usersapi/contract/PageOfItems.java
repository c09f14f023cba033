package dev.usersapi.contract;

import java.util.AbstractList;
import java.util.List;

/**
 * A page of a listing of contract documents (IP lockouts, log entries) as an operation returns
 * it: the items, written by the JSON provider, and the page data for the {@code X-Pagination}
 * header.
 */
public final class PageOfItems<T> extends AbstractList<T> implements Paginated {

    private final List<T> items;
    private final String paginationJson;

    public PageOfItems(List<T> items, long totalCount, int pageSize, int currentPage) {
        this.items = List.copyOf(items);
        this.paginationJson = Paginated.paginationJson(totalCount, pageSize, currentPage, items.size());
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public String paginationJson() {
        return paginationJson;
    }
}
