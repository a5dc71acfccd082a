package vn.loa.identity;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The people who sign in, kept in MongoDB ({@link LoaUser}). */
class MongoUsers implements UserDetailsService {

  private final MongoTemplate mongo;

  MongoUsers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  LoaUser find(String username) {
    return username == null ? null : mongo.findById(username, LoaUser.class);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    LoaUser user = find(username);
    if (user == null) {
      throw new UsernameNotFoundException("no such user");
    }
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .disabled(!user.enabled())
        .authorities(
            user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
        .build();
  }
}
