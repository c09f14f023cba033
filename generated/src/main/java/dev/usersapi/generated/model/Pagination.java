package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The JSON in the &#x60;X-Pagination&#x60; header of a listing.
 **/

@JsonTypeName("Pagination")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Pagination   {
  private Long totalCount;
  private Integer pageSize;
  private Integer currentPage;
  private Boolean hasNext;
  private Boolean hasPrevious;

  public Pagination() {
  }

  @JsonCreator
  public Pagination(
    @JsonProperty(required = true, value = "total_count") Long totalCount,
    @JsonProperty(required = true, value = "page_size") Integer pageSize,
    @JsonProperty(required = true, value = "current_page") Integer currentPage,
    @JsonProperty(required = true, value = "has_next") Boolean hasNext,
    @JsonProperty(required = true, value = "has_previous") Boolean hasPrevious
  ) {
    this.totalCount = totalCount;
    this.pageSize = pageSize;
    this.currentPage = currentPage;
    this.hasNext = hasNext;
    this.hasPrevious = hasPrevious;
  }

  /**
   * How many items match the filter, on all pages together.
   * minimum: 0
   **/
  public Pagination totalCount(Long totalCount) {
    this.totalCount = totalCount;
    return this;
  }

  
  @JsonProperty(required = true, value = "total_count")
  @NotNull  @Min(0L)public Long getTotalCount() {
    return totalCount;
  }

  @JsonProperty(required = true, value = "total_count")
  public void setTotalCount(Long totalCount) {
    this.totalCount = totalCount;
  }

  /**
   * The page size asked for (&#x60;size&#x60;).
   * minimum: 1
   **/
  public Pagination pageSize(Integer pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  
  @JsonProperty(required = true, value = "page_size")
  @NotNull  @Min(1)public Integer getPageSize() {
    return pageSize;
  }

  @JsonProperty(required = true, value = "page_size")
  public void setPageSize(Integer pageSize) {
    this.pageSize = pageSize;
  }

  /**
   * The page number asked for (&#x60;page&#x60;).
   * minimum: 1
   **/
  public Pagination currentPage(Integer currentPage) {
    this.currentPage = currentPage;
    return this;
  }

  
  @JsonProperty(required = true, value = "current_page")
  @NotNull  @Min(1)public Integer getCurrentPage() {
    return currentPage;
  }

  @JsonProperty(required = true, value = "current_page")
  public void setCurrentPage(Integer currentPage) {
    this.currentPage = currentPage;
  }

  /**
   * Whether a later page holds items.
   **/
  public Pagination hasNext(Boolean hasNext) {
    this.hasNext = hasNext;
    return this;
  }

  
  @JsonProperty(required = true, value = "has_next")
  @NotNull public Boolean getHasNext() {
    return hasNext;
  }

  @JsonProperty(required = true, value = "has_next")
  public void setHasNext(Boolean hasNext) {
    this.hasNext = hasNext;
  }

  /**
   * Whether this is not the first page.
   **/
  public Pagination hasPrevious(Boolean hasPrevious) {
    this.hasPrevious = hasPrevious;
    return this;
  }

  
  @JsonProperty(required = true, value = "has_previous")
  @NotNull public Boolean getHasPrevious() {
    return hasPrevious;
  }

  @JsonProperty(required = true, value = "has_previous")
  public void setHasPrevious(Boolean hasPrevious) {
    this.hasPrevious = hasPrevious;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Pagination pagination = (Pagination) o;
    return Objects.equals(this.totalCount, pagination.totalCount) &&
        Objects.equals(this.pageSize, pagination.pageSize) &&
        Objects.equals(this.currentPage, pagination.currentPage) &&
        Objects.equals(this.hasNext, pagination.hasNext) &&
        Objects.equals(this.hasPrevious, pagination.hasPrevious);
  }

  @Override
  public int hashCode() {
    return Objects.hash(totalCount, pageSize, currentPage, hasNext, hasPrevious);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Pagination {\n");
    
    sb.append("    totalCount: ").append(toIndentedString(totalCount)).append("\n");
    sb.append("    pageSize: ").append(toIndentedString(pageSize)).append("\n");
    sb.append("    currentPage: ").append(toIndentedString(currentPage)).append("\n");
    sb.append("    hasNext: ").append(toIndentedString(hasNext)).append("\n");
    sb.append("    hasPrevious: ").append(toIndentedString(hasPrevious)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
