package app.unknot.catalog;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface BodyAreaRepository extends Repository<BodyArea, Integer> {

    List<BodyArea> findAllByOrderByPosition();
}
