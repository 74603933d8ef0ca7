package app.coulisse.api;

import app.coulisse.core.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any /api path no controller serves: a JSON 404 rather than Vaadin's page, which would otherwise answer every path
 * the API does not know; a known path asked with the wrong method stays a 405.
 */
@RestController
class UnknownApiPathController {

    private final RequestMappingHandlerMapping mappings;
    private final HandlerMapping resources;

    UnknownApiPathController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                             @Qualifier("resourceHandlerMapping") HandlerMapping resources) {
        this.mappings = mappings;
        this.resources = resources;
    }

    /** The OpenAPI page's files (springdoc's resource handler), which the catch-all below would outrank. */
    @RequestMapping("/api/swagger-ui/**")
    void openApiPage(HttpServletRequest request, HttpServletResponse response) throws Exception {
        HandlerExecutionChain files = resources.getHandler(request);
        if (files == null || !(files.getHandler() instanceof HttpRequestHandler handler)) {
            throw new NotFoundException("api.not-found");
        }
        // Its interceptors tell the handler which file of the mapping was asked for.
        for (HandlerInterceptor interceptor : files.getInterceptorList()) {
            if (!interceptor.preHandle(request, response, handler)) {
                return;
            }
        }
        handler.handleRequest(request, response);
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException, HttpMediaTypeNotSupportedException {
        boolean pathKnown = false;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean catchAll = info.getPatternValues().contains("/api/**");
            if (!catchAll && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                pathKnown = true;
                if (info.getMethodsCondition().getMatchingCondition(request) != null) {
                    // The path and the method are known: the body's type is what no handler consumes.
                    String type = request.getContentType();
                    throw new HttpMediaTypeNotSupportedException(type == null ? null : MediaType.parseMediaType(type),
                            List.copyOf(info.getConsumesCondition().getConsumableMediaTypes()));
                }
            }
        }
        if (pathKnown) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod());
        }
        throw new NotFoundException("api.not-found");
    }
}
