package app.unknot.system.web;

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
import org.springframework.http.ResponseCookie;
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
 * the app: nothing lives in one instance's memory. Only plain values (text, numbers, booleans)
 * survive the trip; the cookie is HttpOnly and sent to this site only.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class CookieFlashMapManager extends AbstractFlashMapManager {

    static final String COOKIE = "unknot-flash";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredFlash>> STORED = new TypeReference<>() {
    };

    /** One flash map as the cookie carries it. */
    record StoredFlash(String path, Map<String, String> params, long expires, Map<String, Object> attributes) {
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
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax")
            .maxAge(maxAge).build().toString());
    }

    private static StoredFlash stored(FlashMap flashMap) {
        Map<String, String> params = new LinkedHashMap<>();
        flashMap.getTargetRequestParams().forEach((name, values) -> params.put(name, values.get(0)));
        return new StoredFlash(flashMap.getTargetRequestPath(), params, flashMap.getExpirationTime(), flashMap);
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
