package app.unknot.catalog;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface RedFlagRepository extends Repository<RedFlag, Integer> {

    List<RedFlag> findAllByOrderByPosition();
}
