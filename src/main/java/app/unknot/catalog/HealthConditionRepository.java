package app.unknot.catalog;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface HealthConditionRepository extends Repository<HealthCondition, Integer> {

    List<HealthCondition> findAllByOrderByPosition();
}
