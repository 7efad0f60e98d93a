package app.unknot.catalog.store;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.content.CatalogContent;
import app.unknot.catalog.EmergencyNumbers;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the catalog's rows once, at start-up, into the {@link Catalog} snapshot everything else uses.
 * Public so tests of other packages can load the real catalog in a JPA slice.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogLoader {

    /** Collections are fetched for this many rows per query: more than the catalog holds of any kind. */
    static final int BATCH = 256;

    @Bean
    public Catalog catalog(EntityManager entities, PlatformTransactionManager transactions) {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> new Catalog(
            rows(entities, "select a from BodyAreaEntity a order by a.position", BodyAreaEntity.class, BodyAreaEntity::toBodyArea),
            rows(entities, "select t from ToolEntity t order by t.position", ToolEntity.class, ToolEntity::toTool),
            rows(entities, "select t from TechniqueEntity t order by t.position", TechniqueEntity.class, TechniqueEntity::toTechnique),
            rows(entities, "select c from ConditionEntity c order by c.position", ConditionEntity.class, ConditionEntity::toCondition),
            rows(entities, "select r from RestrictionEntity r join fetch r.condition c left join fetch r.tool order by c.position, r.id",
                RestrictionEntity.class, RestrictionEntity::toRestriction),
            rows(entities, "select f from RedFlagEntity f order by f.position", RedFlagEntity.class, RedFlagEntity::toRedFlag),
            keywords(entities)));
    }

    /** The number to call for help, by the reader's country, or the one the operator names. */
    @Bean
    public EmergencyNumbers emergencyNumbers(@Value("${unknot.emergency-number:}") String configured) {
        return new EmergencyNumbers(configured);
    }

    /** The catalog in every language, its translations read from the content files. */
    @Bean
    public Catalogs catalogs(Catalog catalog, EmergencyNumbers numbers) {
        return new Catalogs(catalog, CatalogContent.translations(), numbers);
    }

    /** Each technique's search keywords by its slug: a plain table, searched but never shown, so no entity. */
    private static Map<String, List<String>> keywords(EntityManager entities) {
        List<?> rows = entities.createNativeQuery(
            "select t.slug, k.phrase from technique_keyword k join technique t on t.id = k.technique_id order by t.slug, k.phrase")
            .getResultList();
        return rows.stream().map(row -> (Object[]) row).collect(Collectors.groupingBy(row -> (String) row[0],
            Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    private static <E, T> List<T> rows(EntityManager entities, String query, Class<E> type, Function<E, T> toRecord) {
        return entities.createQuery(query, type).getResultList().stream().map(toRecord).toList();
    }
}
