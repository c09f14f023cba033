package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The request that caused the entry; for a block, only where the failed sign-in came from.
 **/

@JsonTypeName("LogRequest")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class LogRequest   {
  private String traceId;
  private String userAgent;
  private String remoteIp;

  public LogRequest() {
  }

  /**
   * The request&#39;s id, as its &#x60;X-Request-Id&#x60;.
   **/
  public LogRequest traceId(String traceId) {
    this.traceId = traceId;
    return this;
  }

  
  @JsonProperty("trace_id")
  public String getTraceId() {
    return traceId;
  }

  @JsonProperty("trace_id")
  public void setTraceId(String traceId) {
    this.traceId = traceId;
  }

  /**
   * The request&#39;s &#x60;User-Agent&#x60;, cut to 256 characters.
   **/
  public LogRequest userAgent(String userAgent) {
    this.userAgent = userAgent;
    return this;
  }

  
  @JsonProperty("user_agent")
   @Size(max=256)public String getUserAgent() {
    return userAgent;
  }

  @JsonProperty("user_agent")
  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }

  /**
   * The address the request came from, as the server saw it; for a block, the address of the failed sign-in, when known. 
   **/
  public LogRequest remoteIp(String remoteIp) {
    this.remoteIp = remoteIp;
    return this;
  }

  
  @JsonProperty("remote_ip")
  public String getRemoteIp() {
    return remoteIp;
  }

  @JsonProperty("remote_ip")
  public void setRemoteIp(String remoteIp) {
    this.remoteIp = remoteIp;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    LogRequest logRequest = (LogRequest) o;
    return Objects.equals(this.traceId, logRequest.traceId) &&
        Objects.equals(this.userAgent, logRequest.userAgent) &&
        Objects.equals(this.remoteIp, logRequest.remoteIp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(traceId, userAgent, remoteIp);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class LogRequest {\n");
    
    sb.append("    traceId: ").append(toIndentedString(traceId)).append("\n");
    sb.append("    userAgent: ").append(toIndentedString(userAgent)).append("\n");
    sb.append("    remoteIp: ").append(toIndentedString(remoteIp)).append("\n");
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
