package app.unknot.system.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The app reads and answers JSON, never YAML. Spring MVC adds a YAML converter of its own accord
 * whenever Jackson's YAML module is on the class path, and it is, for the catalog's content files
 * (read with their own {@code YAMLMapper}, which this leaves alone). Without this, the API took a
 * body sent as {@code application/yaml} and answered {@code Accept: application/yaml} in YAML: a
 * second parser facing anyone on the internet, for nothing. The API's bodies also declare
 * {@code consumes = application/json}, so any other type is a 415.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly {

    @Bean
    ServerHttpMessageConvertersCustomizer noYamlConverter() {
        // By the types it names (application/yaml, application/*+yaml), not by compatibility: */* is compatible too.
        return converters -> converters.configureMessageConvertersList(list -> list.removeIf(converter ->
            converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype).anyMatch(subtype -> subtype.endsWith("yaml"))));
    }
}
