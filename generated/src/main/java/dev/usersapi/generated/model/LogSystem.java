package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The server process that wrote the entry.
 **/

@JsonTypeName("LogSystem")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class LogSystem   {
  private Long processId;
  private String localIp;

  public LogSystem() {
  }

  @JsonCreator
  public LogSystem(
    @JsonProperty(required = true, value = "process_id") Long processId,
    @JsonProperty(required = true, value = "local_ip") String localIp
  ) {
    this.processId = processId;
    this.localIp = localIp;
  }

  /**
   * The operating system&#39;s ID of the process.
   **/
  public LogSystem processId(Long processId) {
    this.processId = processId;
    return this;
  }

  
  @JsonProperty(required = true, value = "process_id")
  @NotNull public Long getProcessId() {
    return processId;
  }

  @JsonProperty(required = true, value = "process_id")
  public void setProcessId(Long processId) {
    this.processId = processId;
  }

  /**
   * The address the request came in on; for a block, which no request of this API made, an address of the host. 
   **/
  public LogSystem localIp(String localIp) {
    this.localIp = localIp;
    return this;
  }

  
  @JsonProperty(required = true, value = "local_ip")
  @NotNull public String getLocalIp() {
    return localIp;
  }

  @JsonProperty(required = true, value = "local_ip")
  public void setLocalIp(String localIp) {
    this.localIp = localIp;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    LogSystem logSystem = (LogSystem) o;
    return Objects.equals(this.processId, logSystem.processId) &&
        Objects.equals(this.localIp, logSystem.localIp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(processId, localIp);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class LogSystem {\n");
    
    sb.append("    processId: ").append(toIndentedString(processId)).append("\n");
    sb.append("    localIp: ").append(toIndentedString(localIp)).append("\n");
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
