package io.supportcenter.domain.kb;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A node of the category tree. Invariant: the tree has no cycles (a category is never moved under
 * itself or one of its descendants). The owning team is the one a question in this category goes to.
 */
@Entity
@Table(name = "kb_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_category_seq")
    @SequenceGenerator(name = "kb_category_seq", sequenceName = "kb_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "featured", nullable = false)
    private boolean featured;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Category() {
        // for JPA
    }

    public Category(String slug, String name, Category parent, Team team, boolean featured, int position) {
        this.slug = Slugs.require(slug);
        rename(name);
        this.team = team;
        this.featured = featured;
        this.position = position;
        moveUnder(parent);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 120) {
            throw new BusinessException("kb.category.name.invalid");
        }
        this.name = newName.strip();
    }

    public void moveUnder(Category newParent) {
        for (Category ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this) {
                throw new BusinessException("kb.category.cycle");
            }
        }
        this.parent = newParent;
    }

    public void feature(boolean value) {
        this.featured = value;
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public void assignTo(Team owner) {
        this.team = owner;
    }

    /** Whether this is {@code other} or lies below it. */
    public boolean isWithin(Category other) {
        for (Category node = this; node != null; node = node.parent) {
            if (node == other || (node.id != null && node.id.equals(other.id))) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Optional<Category> getParent() {
        return Optional.ofNullable(parent);
    }

    public Team getTeam() {
        return team;
    }

    public boolean isFeatured() {
        return featured;
    }

    public int getPosition() {
        return position;
    }
}
