package app.unknot.system.web;

import app.unknot.system.SiteCookies;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps flash attributes (the "your routine is saved" note after post/redirect/get) in a short-lived
 * cookie instead of the HTTP session, so the request after a redirect may go to any instance of
 * the app: nothing lives in one instance's memory. The cookie carries yes/no values only (which
 * note to show), never text: a hand-made cookie can at most show one of the app's own notes, and a
 * cookie with anything else in it is ignored whole. It is HttpOnly, sent to this site only, and
 * Secure over HTTPS.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class CookieFlashMapManager extends AbstractFlashMapManager {

    static final String COOKIE = "unknot-flash";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredFlash>> STORED = new TypeReference<>() {
    };

    /** One flash map as the cookie carries it. */
    record StoredFlash(String path, Map<String, String> params, long expires, Map<String, Boolean> attributes) {
    }

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
            return JSON.readValue(json, STORED).stream().map(CookieFlashMapManager::flashMap)
                .collect(Collectors.toCollection(ArrayList::new));
        }
        catch (IllegalArgumentException | JacksonException unreadable) {
            return null;
        }
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        String value = "";
        long maxAge = 0;
        if (!flashMaps.isEmpty()) {
            List<StoredFlash> stored = flashMaps.stream().map(CookieFlashMapManager::stored).toList();
            value = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(stored).getBytes(StandardCharsets.UTF_8));
            maxAge = getFlashMapTimeout();
        }
        response.addHeader("Set-Cookie", SiteCookies.of(COOKIE, value, request).maxAge(maxAge).build().toString());
    }

    private static StoredFlash stored(FlashMap flashMap) {
        Map<String, String> params = new LinkedHashMap<>();
        flashMap.getTargetRequestParams().forEach((name, values) -> params.put(name, values.get(0)));
        Map<String, Boolean> attributes = new LinkedHashMap<>();
        flashMap.forEach((name, value) -> {
            if (!(value instanceof Boolean yesOrNo)) {
                throw new IllegalArgumentException("A flash attribute is yes or no, not " + name + "=" + value);
            }
            attributes.put(name, yesOrNo);
        });
        return new StoredFlash(flashMap.getTargetRequestPath(), params, flashMap.getExpirationTime(), attributes);
    }

    private static FlashMap flashMap(StoredFlash stored) {
        var flashMap = new FlashMap();
        flashMap.setTargetRequestPath(stored.path());
        flashMap.addTargetRequestParams(new LinkedMultiValueMap<>(toMultiValue(stored.params())));
        flashMap.putAll(stored.attributes());
        flashMap.setExpirationTime(stored.expires());
        return flashMap;
    }

    private static Map<String, List<String>> toMultiValue(Map<String, String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, new ArrayList<>(List.of(value))));
        return values;
    }
}
