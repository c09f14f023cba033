package dev.usersapi.generated.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A problem document for a request whose parameters break their rules.
 **/

@JsonTypeName("ValidationProblemDetails")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class ValidationProblemDetails   {
  private String type;
  private String title;
  private Integer status;
  private String detail;
  private String instance;
  private String requestId;
  private String errorId;
  private @Valid Map<String, List<String>> errors = new HashMap<>();

  public ValidationProblemDetails() {
  }

  @JsonCreator
  public ValidationProblemDetails(
    @JsonProperty(required = true, value = "type") String type,
    @JsonProperty(required = true, value = "title") String title,
    @JsonProperty(required = true, value = "status") Integer status,
    @JsonProperty(required = true, value = "errors") Map<String, List<String>> errors
  ) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.errors = errors;
  }

  /**
   * A URI that identifies the kind of problem.
   **/
  public ValidationProblemDetails type(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty(required = true, value = "type")
  @NotNull public String getType() {
    return type;
  }

  @JsonProperty(required = true, value = "type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   * A short summary of the kind of problem.
   **/
  public ValidationProblemDetails title(String title) {
    this.title = title;
    return this;
  }

  
  @JsonProperty(required = true, value = "title")
  @NotNull public String getTitle() {
    return title;
  }

  @JsonProperty(required = true, value = "title")
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * The HTTP status of the response, as a number.
   **/
  public ValidationProblemDetails status(Integer status) {
    this.status = status;
    return this;
  }

  
  @JsonProperty(required = true, value = "status")
  @NotNull public Integer getStatus() {
    return status;
  }

  @JsonProperty(required = true, value = "status")
  public void setStatus(Integer status) {
    this.status = status;
  }

  /**
   * What went wrong with this request.
   **/
  public ValidationProblemDetails detail(String detail) {
    this.detail = detail;
    return this;
  }

  
  @JsonProperty("detail")
  public String getDetail() {
    return detail;
  }

  @JsonProperty("detail")
  public void setDetail(String detail) {
    this.detail = detail;
  }

  /**
   * The path of the request as it was sent, without the query and with percent-encoded unreserved characters (letters, digits, &#x60;-._~&#x60;) spelled plainly; &#x60;/&#x60; when the request line could not be read, or the path is too long or malformed to repeat. 
   **/
  public ValidationProblemDetails instance(String instance) {
    this.instance = instance;
    return this;
  }

  
  @JsonProperty("instance")
  public String getInstance() {
    return instance;
  }

  @JsonProperty("instance")
  public void setInstance(String instance) {
    this.instance = instance;
  }

  /**
   * The id of the request, as in the X-Request-Id response header.
   **/
  public ValidationProblemDetails requestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  
  @JsonProperty("request_id")
  public String getRequestId() {
    return requestId;
  }

  @JsonProperty("request_id")
  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  /**
   * On 500 responses, the id under which the server logged the failure.
   **/
  public ValidationProblemDetails errorId(String errorId) {
    this.errorId = errorId;
    return this;
  }

  
  @JsonProperty("error_id")
  public String getErrorId() {
    return errorId;
  }

  @JsonProperty("error_id")
  public void setErrorId(String errorId) {
    this.errorId = errorId;
  }

  /**
   * For each invalid parameter, by its name in this document, what is wrong.
   **/
  public ValidationProblemDetails errors(Map<String, List<String>> errors) {
    this.errors = errors;
    return this;
  }

  
  @JsonProperty(required = true, value = "errors")
  @NotNull public Map<String, List<String>> getErrors() {
    return errors;
  }

  @JsonProperty(required = true, value = "errors")
  public void setErrors(Map<String, List<String>> errors) {
    this.errors = errors;
  }

  public ValidationProblemDetails putErrorsItem(String key, List<String> errorsItem) {
    if (this.errors == null) {
      this.errors = new HashMap<>();
    }

    this.errors.put(key, errorsItem);
    return this;
  }

  public ValidationProblemDetails removeErrorsItem(String key) {
    if (this.errors != null) {
      this.errors.remove(key);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ValidationProblemDetails validationProblemDetails = (ValidationProblemDetails) o;
    return Objects.equals(this.type, validationProblemDetails.type) &&
        Objects.equals(this.title, validationProblemDetails.title) &&
        Objects.equals(this.status, validationProblemDetails.status) &&
        Objects.equals(this.detail, validationProblemDetails.detail) &&
        Objects.equals(this.instance, validationProblemDetails.instance) &&
        Objects.equals(this.requestId, validationProblemDetails.requestId) &&
        Objects.equals(this.errorId, validationProblemDetails.errorId) &&
        Objects.equals(this.errors, validationProblemDetails.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, requestId, errorId, errors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ValidationProblemDetails {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    title: ").append(toIndentedString(title)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    detail: ").append(toIndentedString(detail)).append("\n");
    sb.append("    instance: ").append(toIndentedString(instance)).append("\n");
    sb.append("    requestId: ").append(toIndentedString(requestId)).append("\n");
    sb.append("    errorId: ").append(toIndentedString(errorId)).append("\n");
    sb.append("    errors: ").append(toIndentedString(errors)).append("\n");
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
