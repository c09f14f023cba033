package dev.usersapi.generated.model;

import dev.usersapi.generated.model.LogActor;
import dev.usersapi.generated.model.LogRequest;
import dev.usersapi.generated.model.LogSystem;
import dev.usersapi.generated.model.LogTarget;
import java.util.ArrayList;
import java.util.Arrays;
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
 * One entry of the audit log: something that happened to a user&#39;s lockout, who did it, and through which request. 
 **/

@JsonTypeName("LogEntry")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class LogEntry   {
  private String id;
  private Long timeStamp;
  public enum CategoryEnum {

    BLOCKS(String.valueOf("blocks"));


    private String value;

    CategoryEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static CategoryEnum fromString(String s) {
        for (CategoryEnum b : CategoryEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static CategoryEnum fromValue(String value) {
        for (CategoryEnum b : CategoryEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private CategoryEnum category;
  private String name;
  private String description;
  public enum TypeEnum {

    SUCCESS(String.valueOf("success")), INFORMATION(String.valueOf("information"));


    private String value;

    TypeEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static TypeEnum fromString(String s) {
        for (TypeEnum b : TypeEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static TypeEnum fromValue(String value) {
        for (TypeEnum b : TypeEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private TypeEnum type;
  public enum CodeEnum {

    USER_ACCOUNT_BLOCKED(String.valueOf("user_account_blocked")), USER_ACCOUNT_UNBLOCKED(String.valueOf("user_account_unblocked")), USER_ACCOUNT_IP_BLOCKED(String.valueOf("user_account_ip_blocked")), USER_ACCOUNT_IP_UNBLOCKED(String.valueOf("user_account_ip_unblocked")), USER_ACCOUNT_ALL_UNBLOCKED(String.valueOf("user_account_all_unblocked")), USER_ACCOUNT_ALL_IP_BLOCKS_REMOVED(String.valueOf("user_account_all_ip_blocks_removed"));


    private String value;

    CodeEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static CodeEnum fromString(String s) {
        for (CodeEnum b : CodeEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static CodeEnum fromValue(String value) {
        for (CodeEnum b : CodeEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private CodeEnum code;
  private LogSystem system;
  private LogRequest request;
  private LogActor actor;
  private @Valid List<@Valid LogTarget> targets = new ArrayList<>();
  private @Valid Map<String, Object> details = new HashMap<>();

  public LogEntry() {
  }

  @JsonCreator
  public LogEntry(
    @JsonProperty(required = true, value = "id") String id,
    @JsonProperty(required = true, value = "time_stamp") Long timeStamp,
    @JsonProperty(required = true, value = "category") CategoryEnum category,
    @JsonProperty(required = true, value = "name") String name,
    @JsonProperty(required = true, value = "description") String description,
    @JsonProperty(required = true, value = "type") TypeEnum type,
    @JsonProperty(required = true, value = "code") CodeEnum code,
    @JsonProperty(required = true, value = "system") LogSystem system,
    @JsonProperty(required = true, value = "request") LogRequest request,
    @JsonProperty(required = true, value = "actor") LogActor actor,
    @JsonProperty(required = true, value = "targets") List<@Valid LogTarget> targets
  ) {
    this.id = id;
    this.timeStamp = timeStamp;
    this.category = category;
    this.name = name;
    this.description = description;
    this.type = type;
    this.code = code;
    this.system = system;
    this.request = request;
    this.actor = actor;
    this.targets = targets;
  }

  /**
   * The entry&#39;s ID, a UUID (version 7, so later entries have greater IDs).
   **/
  public LogEntry id(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty(required = true, value = "id")
  @NotNull public String getId() {
    return id;
  }

  @JsonProperty(required = true, value = "id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   * When it happened, in epoch seconds.
   **/
  public LogEntry timeStamp(Long timeStamp) {
    this.timeStamp = timeStamp;
    return this;
  }

  
  @JsonProperty(required = true, value = "time_stamp")
  @NotNull public Long getTimeStamp() {
    return timeStamp;
  }

  @JsonProperty(required = true, value = "time_stamp")
  public void setTimeStamp(Long timeStamp) {
    this.timeStamp = timeStamp;
  }

  /**
   * What the entry is about; &#x60;blocks&#x60;, the lockouts of users and of their IP addresses.
   **/
  public LogEntry category(CategoryEnum category) {
    this.category = category;
    return this;
  }

  
  @JsonProperty(required = true, value = "category")
  @NotNull public CategoryEnum getCategory() {
    return category;
  }

  @JsonProperty(required = true, value = "category")
  public void setCategory(CategoryEnum category) {
    this.category = category;
  }

  /**
   * A short name of what happened, such as &#x60;User Account Unblocked&#x60;.
   **/
  public LogEntry name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty(required = true, value = "name")
  @NotNull public String getName() {
    return name;
  }

  @JsonProperty(required = true, value = "name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * A sentence saying what happened.
   **/
  public LogEntry description(String description) {
    this.description = description;
    return this;
  }

  
  @JsonProperty(required = true, value = "description")
  @NotNull public String getDescription() {
    return description;
  }

  @JsonProperty(required = true, value = "description")
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * &#x60;success&#x60; for an unblock made through this API, &#x60;information&#x60; for a block that failed sign-ins set. 
   **/
  public LogEntry type(TypeEnum type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty(required = true, value = "type")
  @NotNull public TypeEnum getType() {
    return type;
  }

  @JsonProperty(required = true, value = "type")
  public void setType(TypeEnum type) {
    this.type = type;
  }

  /**
   * What happened: &#x60;user_account_blocked&#x60; and &#x60;user_account_ip_blocked&#x60; when failed sign-ins block the account or one of its IP addresses; &#x60;user_account_unblocked&#x60; (unblock a user); &#x60;user_account_ip_unblocked&#x60; and &#x60;user_account_all_ip_blocks_removed&#x60; (unblock one or every IP address of a user). &#x60;user_account_all_unblocked&#x60; is MonoCloud&#39;s code for clearing both at once, which no operation of this server does, so it never writes it. 
   **/
  public LogEntry code(CodeEnum code) {
    this.code = code;
    return this;
  }

  
  @JsonProperty(required = true, value = "code")
  @NotNull public CodeEnum getCode() {
    return code;
  }

  @JsonProperty(required = true, value = "code")
  public void setCode(CodeEnum code) {
    this.code = code;
  }

  /**
   **/
  public LogEntry system(LogSystem system) {
    this.system = system;
    return this;
  }

  
  @JsonProperty(required = true, value = "system")
  @NotNull @Valid public LogSystem getSystem() {
    return system;
  }

  @JsonProperty(required = true, value = "system")
  public void setSystem(LogSystem system) {
    this.system = system;
  }

  /**
   **/
  public LogEntry request(LogRequest request) {
    this.request = request;
    return this;
  }

  
  @JsonProperty(required = true, value = "request")
  @NotNull @Valid public LogRequest getRequest() {
    return request;
  }

  @JsonProperty(required = true, value = "request")
  public void setRequest(LogRequest request) {
    this.request = request;
  }

  /**
   **/
  public LogEntry actor(LogActor actor) {
    this.actor = actor;
    return this;
  }

  
  @JsonProperty(required = true, value = "actor")
  @NotNull @Valid public LogActor getActor() {
    return actor;
  }

  @JsonProperty(required = true, value = "actor")
  public void setActor(LogActor actor) {
    this.actor = actor;
  }

  /**
   * What it happened to; the user, for every entry this server writes.
   **/
  public LogEntry targets(List<@Valid LogTarget> targets) {
    this.targets = targets;
    return this;
  }

  
  @JsonProperty(required = true, value = "targets")
  @NotNull @Valid public List<@Valid LogTarget> getTargets() {
    return targets;
  }

  @JsonProperty(required = true, value = "targets")
  public void setTargets(List<@Valid LogTarget> targets) {
    this.targets = targets;
  }

  public LogEntry addTargetsItem(LogTarget targetsItem) {
    if (this.targets == null) {
      this.targets = new ArrayList<>();
    }

    this.targets.add(targetsItem);
    return this;
  }

  public LogEntry removeTargetsItem(LogTarget targetsItem) {
    if (targetsItem != null && this.targets != null) {
      this.targets.remove(targetsItem);
    }

    return this;
  }
  /**
   * The facts of the event. Unblocks: &#x60;outcome&#x60; (&#x60;cleared&#x60;, or &#x60;not_blocked&#x60; when there was nothing to reset), &#x60;previous_block_until&#x60; and &#x60;previous_failure_count&#x60;; IP unblocks add &#x60;ip_address&#x60;; unblocking every address gives &#x60;ip_addresses_reset&#x60;, how many had anything to reset. Blocks: &#x60;block_until&#x60; and &#x60;failure_count&#x60; as set, and &#x60;ip_address&#x60; for an IP block. 
   **/
  public LogEntry details(Map<String, Object> details) {
    this.details = details;
    return this;
  }

  
  @JsonProperty("details")
  public Map<String, Object> getDetails() {
    return details;
  }

  @JsonProperty("details")
  public void setDetails(Map<String, Object> details) {
    this.details = details;
  }

  public LogEntry putDetailsItem(String key, Object detailsItem) {
    if (this.details == null) {
      this.details = new HashMap<>();
    }

    this.details.put(key, detailsItem);
    return this;
  }

  public LogEntry removeDetailsItem(String key) {
    if (this.details != null) {
      this.details.remove(key);
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
    LogEntry logEntry = (LogEntry) o;
    return Objects.equals(this.id, logEntry.id) &&
        Objects.equals(this.timeStamp, logEntry.timeStamp) &&
        Objects.equals(this.category, logEntry.category) &&
        Objects.equals(this.name, logEntry.name) &&
        Objects.equals(this.description, logEntry.description) &&
        Objects.equals(this.type, logEntry.type) &&
        Objects.equals(this.code, logEntry.code) &&
        Objects.equals(this.system, logEntry.system) &&
        Objects.equals(this.request, logEntry.request) &&
        Objects.equals(this.actor, logEntry.actor) &&
        Objects.equals(this.targets, logEntry.targets) &&
        Objects.equals(this.details, logEntry.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, timeStamp, category, name, description, type, code, system, request, actor, targets, details);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class LogEntry {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    timeStamp: ").append(toIndentedString(timeStamp)).append("\n");
    sb.append("    category: ").append(toIndentedString(category)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    code: ").append(toIndentedString(code)).append("\n");
    sb.append("    system: ").append(toIndentedString(system)).append("\n");
    sb.append("    request: ").append(toIndentedString(request)).append("\n");
    sb.append("    actor: ").append(toIndentedString(actor)).append("\n");
    sb.append("    targets: ").append(toIndentedString(targets)).append("\n");
    sb.append("    details: ").append(toIndentedString(details)).append("\n");
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
